#pragma once

#include "report/ReportData.h"

namespace banister {

// One report, four formats from the same content: HTML (self-contained), Markdown, JSON ("banister.report/1"), PDF.
class ReportBuilder
{
public:
    explicit ReportBuilder(ReportData data);

    QString html() const;
    QString markdown() const;
    // The canonical JSON (everything but the digest) and its SHA-256, printed in every format.
    QJsonObject json() const;
    QByteArray canonical() const;
    QString digest() const;
    // Checks a JSON report: its digest matches its content and the file is exactly as Banister wrote it.
    // Returns an error text, or empty when the report is intact.
    static QString check(const QByteArray& reportJson);
    // PDF needs a QGuiApplication (fonts). Returns an error text or empty.
    QString writePdf(const QString& path) const;
    // Writes by extension: .html/.htm, .md, .json, .pdf. Atomic. Returns an error text or empty.
    QString write(const QString& path) const;

    static QStringList supportedExtensions();

private:
    QList<QPair<QString, QString>> settings() const; // (setting, value) rows, grouped by area in the key
    QString nothingConfigured() const;
    QString alreadyRight() const;
    QString byHandTitle() const;
    static QString byHandStatus(const ReportData::ByHand& b);
    ReportData m_d;
};

} // namespace banister
