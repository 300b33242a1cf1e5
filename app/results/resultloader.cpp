#include "app/results/resultloader.h"

#include "app/results/csvreader.h"
#include "app/results/severity.h"
#include "app/results/xlsxsheetreader.h"
#include "app/results/ziparchive.h"

namespace {

QString preferredMember(const QStringList &names)
{
    for (const QLatin1String suffix : {QLatin1String(".csv"), QLatin1String(".xlsx")}) {
        for (const QString &name : names) {
            if (name.endsWith(suffix, Qt::CaseInsensitive))
                return name;
        }
    }
    return {};
}

} // namespace

void ResultLoader::load(QPromise<Result> &promise, const QString &path, const QString &member)
{
    promise.start();
    Result result;
    result.path = path;
    const auto canceled = [&promise] { return promise.isCanceled(); };
    const auto finish = [&] {
        if (!promise.isCanceled())
            promise.addResult(std::move(result));
        promise.finish();
    };

    ZipArchive zip;
    if (!zip.open(path)) {
        result.error = zip.errorString();
        return finish();
    }
    for (const ZipArchive::Member &m : zip.members()) {
        if (!m.isDirectory)
            result.members.append(m.name);
    }
    result.member = member.isEmpty() ? preferredMember(result.members) : member;
    if (result.member.isEmpty())
        return finish();
    if (!result.members.contains(result.member)) {
        result.error = tr("The archive has no member %1").arg(result.member);
        return finish();
    }

    QList<QStringList> rows;
    if (result.member.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QByteArray bytes = zip.read(result.member, &ok, canceled);
        if (!ok) {
            result.error = zip.errorString();
            return finish();
        }
        rows = CsvReader::parse(bytes, QLatin1Char(','), canceled);
    } else if (result.member.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QByteArray bytes = zip.read(result.member, &ok, canceled);
        if (!ok) {
            result.error = zip.errorString();
            return finish();
        }
        XlsxSheetReader reader;
        if (!reader.read(bytes, zip.maxMemberSize())) {
            result.error = reader.errorString();
            return finish();
        }
        rows = reader.rows();
    } else {
        result.error = tr("%1 is neither CSV nor XLSX; only those can be shown as a table").arg(result.member);
        return finish();
    }
    if (promise.isCanceled())
        return finish();
    if (!rows.isEmpty())
        result.header = rows.takeFirst();
    result.severityColumns = Severity::columns(result.header, rows);
    result.rows = std::move(rows);
    finish();
}
