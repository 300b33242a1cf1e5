#include "app/api/listswrimagerepositoryrequest.h"
#include "app/net/hssclient.h"
#include "app/results/csvreader.h"
#include "app/results/ziparchive.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `hss-image-cli export baseline --all --wait --download DIR`: the same flow as the window,
// headless, run as the real executable against the in-process sandbox.
class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportAllWaitDownload();
    void failedTaskExitsNonZero();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runCli(const QStringList &arguments);
    QString someNamespace();

    SandboxFixture m_sandbox;
};

void TestCliExport::init()
{
    SandboxConfig config;
    config.imageCount = 80;
    config.exportRunMs = 300;
    QVERIFY(m_sandbox.start(config));
}

TestCliExport::Run TestCliExport::runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLOUD_SDK_AK"), QLatin1String(SandboxCredentials::AccessKey));
    env.insert(QStringLiteral("CLOUD_SDK_SK"), QLatin1String(SandboxCredentials::SecretKey));
    process.setProcessEnvironment(env);
    // Waiting through the event loop: the sandbox answers from this very thread.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(HSS_BUILD_DIR "/cli/hss-image-cli"),
                  arguments + QStringList{QStringLiteral("--endpoint"), m_sandbox.server()->endpoint().toString(),
                                          QStringLiteral("--project-id"), m_sandbox.server()->projectId()});
    Run run;
    if (!finished.wait(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCliExport::someNamespace()
{
    ListSwrImageRepositoryRequest query;
    query.filter.imageType = QStringLiteral("private_image");
    auto *reply = SandboxFixture::finish(m_sandbox.client()->send(query), 10000);
    reply->deleteLater();
    const QList<ImageInfo> images = reply->response().images;
    return images.isEmpty() ? QString() : images.first().namespaceName;
}

void TestCliExport::exportAllWaitDownload()
{
    QTemporaryDir dir;
    const QString ns = someNamespace();
    QVERIFY(!ns.isEmpty());
    m_sandbox.server()->clearRecentRequests();
    const Run run = runCli({QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--all"),
                            QStringLiteral("--image-type"), QStringLiteral("private_image"),
                            QStringLiteral("--namespace"), ns, QStringLiteral("--risky"),
                            QStringLiteral("true"), QStringLiteral("--severity-level"), QStringLiteral("High"),
                            QStringLiteral("--wait"), QStringLiteral("--download"), dir.path(),
                            QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

    const QRegularExpressionMatch saved = QRegularExpression(QStringLiteral("^saved: (.+)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(run.out);
    QVERIFY2(saved.hasMatch(), qPrintable(run.out));
    const QString path = QDir::fromNativeSeparators(saved.captured(1).trimmed());
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.path()).absolutePath());
    ZipArchive zip;
    QVERIFY2(zip.open(path), qPrintable(zip.errorString()));
    QString csv;
    for (const ZipArchive::Member &m : zip.members()) {
        if (m.name.endsWith(QLatin1String(".csv")))
            csv = m.name;
    }
    QVERIFY(!csv.isEmpty());
    const qint64 total = QRegularExpression(QStringLiteral("record_total_num: (\\d+)")).match(run.out).captured(1).toLongLong();
    QCOMPARE(CsvReader::parse(zip.read(csv)).size() - 1, total);

    // Piped, so plain lines: one per state, no carriage-return progress line.
    QVERIFY2(run.err.contains(QLatin1String(": success")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1Char('\r')));

    // --all sent the filters, and export_size is the matching count from the list.
    RecordedRequest exportCall;
    RecordedRequest listCall;
    for (const RecordedRequest &r : m_sandbox.server()->recentRequests()) {
        if (r.method == "POST" && r.path.endsWith(QLatin1String("/image/baseline/export")))
            exportCall = r;
        if (r.method == "GET" && r.path.endsWith(QLatin1String("/image/swr-repository")) && listCall.path.isEmpty())
            listCall = r;
    }
    QVERIFY(!exportCall.path.isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(exportCall.body).object();
    QCOMPARE(body.value(QStringLiteral("operate_all")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("image_type")).toString(), QStringLiteral("private_image"));
    QCOMPARE(body.value(QStringLiteral("namespace")).toString(), ns);
    QCOMPARE(body.value(QStringLiteral("risky")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("severity_level")).toString(), QStringLiteral("High"));
    QVERIFY(!body.contains(QStringLiteral("image_id_list")));
    QVERIFY(!listCall.path.isEmpty());
    QCOMPARE(listCall.queryValue(QStringLiteral("namespace")), ns);
    QVERIFY2(exportCall.queryValue(QStringLiteral("export_size")).toLongLong() > 0, qPrintable(run.err + QString::fromUtf8(listCall.rawQuery)));
}

void TestCliExport::failedTaskExitsNonZero()
{
    QTemporaryDir dir;
    m_sandbox.server()->failNextExport();
    const Run run = runCli({QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--all"),
                            QStringLiteral("--export-size"), QStringLiteral("5"), QStringLiteral("--download"),
                            dir.path(), QStringLiteral("--poll-interval"), QStringLiteral("0.1")});
    QVERIFY2(run.exitCode != 0, qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(QLatin1String("failure")), qPrintable(run.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
