#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

// Opens an export ZIP and parses one CSV or XLSX member into rows. A member can be hundreds of
// megabytes, so this runs on a worker thread: it owns everything it touches and stops early
// when the promise is cancelled (the viewer was closed or asked for another member).
class ResultLoader
{
    Q_DECLARE_TR_FUNCTIONS(ResultLoader)

public:
    struct Result
    {
        QString path;
        QStringList members;  // files in the archive, directories left out
        QString member;       // the one parsed; empty when the archive has nothing to show
        QStringList header;
        QList<QStringList> rows;
        QList<int> severityColumns;
        QString error;        // set when the archive or the member could not be read
    };

    // member empty: the first CSV, else the first XLSX (the CSV is the cheaper of the two and
    // holds the same rows).
    static void load(QPromise<Result> &promise, const QString &path, const QString &member);
};
