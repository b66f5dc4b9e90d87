#pragma once

#include "net/ApiJob.h"

#include <QByteArray>
#include <QDateTime>

namespace banister {

// Turns a tenant's HTTP answer (status, body, Retry-After) into an ApiResult: the envelope's data on success,
// the error kind, errorCode, errorDesc and requestId otherwise. Pure, so it can be fuzzed and tested without
// a network.
ApiResult resultFromHttp(int httpStatus, const QByteArray& body, const QByteArray& retryAfter, const QDateTime& nowUtc);

} // namespace banister
