#pragma once

#include <QString>

namespace banister {

// Where an apply's journal goes when nobody names a file, for the wizard and banister-cli alike, so that either
// continues (and reports on) what the other began: one file per tenant in the user's data folder,
// <data>/journals/<subdomain>.json, and <subdomain>-sandbox.json for Banister's own sandbox tenant, whose subdomain a
// real tenant may have too. An empty subdomain is "tenant". The folder is created.
//
// banister-cli used to keep its sandbox journal in <subdomain>.json: when <subdomain>-sandbox.json does not exist yet
// and that file does, it is copied over once (and left where it is, in case it is a real tenant's).
QString defaultJournalPath(const QString& subdomain, bool sandbox);

} // namespace banister
