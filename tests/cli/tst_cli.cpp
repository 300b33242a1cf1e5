#include "app/api/runimagesynchronizerequest.h"
#include "app/net/hssclient.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/hostileserver.h"
#include "tests/support/sandboxfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// hss-image-cli as a user runs it: a real process against an in-process sandbox.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void usageErrorsExitWithTwo();
    void listAsJsonCsvAndTable();
    void everyFilterOptionBecomesItsQueryParameter();
    void allPagesFetchesEverything();
    void allPagesPrintsInOrderWhenPagesArriveOutOfOrder();
    void scanNamedImagesSendsExactlyThem();
    void scanAllSendsOperateAllWithFilters();
    void exportAllWaitDownloadInOneCommand();
    void exportSelectedSendsIdsAndSize();
    void taskStatusAndDownload();
    void syncAndRest();
    void dryRunSendsNothingAndRedacts();
    void apiErrorExitsWithThreeAndNamesTheRequest();
    void networkErrorExitsWithFour();
    void savedProfileIsUsedEndToEnd();
    void scanWhoseOutcomeIsUnknownExitsWithSix();
    void drippingServerIsCutByTimeout();
    void taskWaitGivesUpAtTheWaitTimeout();
    void taskAnswerMissingItsStatusIsABadResponse();
    void valuesThatBecomePartOfTheRequestAreValidatedFirst();
    void restRefusesHeaderAndMethodInjection();
    void restRedactsCookies();
    void downloadNeverOverwritesOrFollowsLinks();
    void serverTextInErrorsCannotDriveTheTerminal();
    void enumsIdsAndLengthsAreCheckedBeforeAnyRequest();
    void scanAllWithoutFiltersNeedsConfirmation();
    void longScanListsAreSplitLikeTheWindowDoes();
    void helpOffersWhatTheValidatorAccepts();
    void pollIntervalMessageMatchesTheRule();
    void profileRemoveKeepsTheProfileWhenItsSecretsStay();
    void lockedKeyringIsReportedAsLocked();
    void listFromCacheAnswersWithoutACall();
    void listRefreshFetchesOnlyWhatChanged();
    void callRateIsValidatedAndWaitingIsShown();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments, const QString &secretKey = QString(), bool withCredentials = true);
    QStringList endpointArgs() const;
    static QStringList hostileArgs(const HostileServer &server);
    QString finishedExportFileId();

    QMap<QString, QString> m_extraEnv;
    QStringList m_launcher; // runs the CLI through this command, e.g. dbus-run-session --

    SandboxFixture m_sandbox;
};

void TestCli::init()
{
    SandboxConfig config;
    config.imageCount = 450;
    config.exportRunMs = 100;
    QVERIFY(m_sandbox.start(config));
}

void TestCli::cleanup()
{
    m_sandbox.stop();
    m_extraEnv.clear();
    m_launcher.clear();
}

QStringList TestCli::endpointArgs() const
{
    return {QStringLiteral("--endpoint"), m_sandbox.server()->endpoint().toString(), QStringLiteral("--project-id"),
            m_sandbox.server()->projectId()};
}

TestCli::Run TestCli::cli(const QStringList &arguments, const QString &secretKey, bool withCredentials)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLOUD_SDK_AK"));
    env.remove(QStringLiteral("CLOUD_SDK_SK"));
    env.remove(QStringLiteral("HSS_AUTH_TOKEN"));
    env.remove(QStringLiteral("HSS_PROFILE"));
    if (withCredentials) {
        env.insert(QStringLiteral("CLOUD_SDK_AK"), QLatin1String(SandboxCredentials::AccessKey));
        env.insert(QStringLiteral("CLOUD_SDK_SK"),
                   secretKey.isEmpty() ? QLatin1String(SandboxCredentials::SecretKey) : secretKey);
    }
    for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    const QString program = QStringLiteral(HSS_BUILD_DIR "/cli/hss-image-cli");
    if (m_launcher.isEmpty())
        process.start(program, arguments);
    else
        process.start(m_launcher.first(), m_launcher.mid(1) + QStringList{program} + arguments);
    Run run;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::usageErrorsExitWithTwo()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    const Run badLimit = cli(QStringList{QStringLiteral("images"), QStringLiteral("list"),
                                         QStringLiteral("--image-type"), QStringLiteral("private_image"),
                                         QStringLiteral("--limit"), QStringLiteral("500")}
                             + endpointArgs());
    QCOMPARE(badLimit.exitCode, 2);
    QVERIFY(badLimit.err.contains("limit"));
    const Run badBool = cli(QStringList{QStringLiteral("images"), QStringLiteral("list"),
                                        QStringLiteral("--has-vul"), QStringLiteral("maybe")}
                            + endpointArgs());
    QCOMPARE(badBool.exitCode, 2);
    QVERIFY(badBool.err.contains("--has-vul"));
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
}

void TestCli::listAsJsonCsvAndTable()
{
    const QStringList base = QStringList{QStringLiteral("images"), QStringLiteral("list"),
                                         QStringLiteral("--image-type"), QStringLiteral("private_image"),
                                         QStringLiteral("--limit"), QStringLiteral("20")}
        + endpointArgs();
    const Run json = cli(base + QStringList{QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(page.value(QStringLiteral("data_list")).toArray().size(), 20);
    QVERIFY(page.value(QStringLiteral("total_num")).toInt() > 20);

    const Run csv = cli(base + QStringList{QStringLiteral("--output"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 21);
    QVERIFY(lines.first().startsWith("id,namespace,image_name,image_version,image_type,scan_status"));

    const Run table = cli(base);
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID"));
    QVERIFY(table.err.contains("20 of "));
}

void TestCli::everyFilterOptionBecomesItsQueryParameter()
{
    const Run run = cli(QStringList{QStringLiteral("images"), QStringLiteral("list"),
                                    QStringLiteral("--image-type"), QStringLiteral("instance_image"),
                                    QStringLiteral("--namespace"), QStringLiteral("team a"),
                                    QStringLiteral("--image-name"), QStringLiteral("nginx"),
                                    QStringLiteral("--image-version"), QStringLiteral("1.25"),
                                    QStringLiteral("--scan-status"), QStringLiteral("failed"),
                                    QStringLiteral("--instance-name"), QStringLiteral("ee"),
                                    QStringLiteral("--instance-id"), QStringLiteral("iid"),
                                    QStringLiteral("--latest-version"), QStringLiteral("true"),
                                    QStringLiteral("--image-size"), QStringLiteral("20M"),
                                    QStringLiteral("--start-latest-update-time"), QStringLiteral("2026-01-01"),
                                    QStringLiteral("--end-latest-update-time"), QStringLiteral("1767312000000"),
                                    QStringLiteral("--start-latest-scan-time"), QStringLiteral("2026-01-01T12:00:00Z"),
                                    QStringLiteral("--end-latest-scan-time"), QStringLiteral("1767312000000"),
                                    QStringLiteral("--has-malicious-file"), QStringLiteral("false"),
                                    QStringLiteral("--has-unsafe-setting"), QStringLiteral("true"),
                                    QStringLiteral("--has-vul"), QStringLiteral("no"),
                                    QStringLiteral("--offset"), QStringLiteral("10"),
                                    QStringLiteral("--limit"), QStringLiteral("10"),
                                    QStringLiteral("--enterprise-project-id"), QStringLiteral("all_granted_eps")}
                        + endpointArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_sandbox.server()->recentRequests().size(), 1);
    QCOMPARE(m_sandbox.server()->recentRequests().first().rawQuery,
             QByteArray("end_latest_scan_time=1767312000000&end_latest_update_time=1767312000000"
                        "&enterprise_project_id=all_granted_eps&has_malicious_file=false&has_unsafe_setting=true"
                        "&has_vul=false&image_name=nginx&image_size=20971520&image_type=instance_image"
                        "&image_version=1.25&instance_id=iid&instance_name=ee&latest_version=true&limit=10"
                        "&namespace=team%20a&offset=10&scan_status=failed&start_latest_scan_time=1767268800000"
                        "&start_latest_update_time=1767225600000"));
}

void TestCli::allPagesFetchesEverything()
{
    const Run run = cli(QStringList{QStringLiteral("images"), QStringLiteral("list"),
                                    QStringLiteral("--image-type"), QStringLiteral("private_image"),
                                    QStringLiteral("--limit"), QStringLiteral("10"), QStringLiteral("--all-pages"),
                                    QStringLiteral("--output"), QStringLiteral("json")}
                        + endpointArgs());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(run.out).object();
    const QJsonArray list = page.value(QStringLiteral("data_list")).toArray();
    QCOMPARE(list.size(), page.value(QStringLiteral("total_num")).toInt());
    QVERIFY(list.size() > 10);
    QList<qint64> ids;
    for (const QJsonValue &v : list)
        ids.append(v.toObject().value(QStringLiteral("id")).toInteger());
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(ids, sorted); // pages reassembled in order whatever order they arrived in
    QCOMPARE(std::adjacent_find(ids.begin(), ids.end()), ids.end());
}

void TestCli::allPagesPrintsInOrderWhenPagesArriveOutOfOrder()
{
    const QStringList list{QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--image-type"),
                           QStringLiteral("private_image"), QStringLiteral("--limit"), QStringLiteral("20")};
    // The reference: every page fetched on its own, one after the other.
    QByteArray csvExpected;
    QJsonArray jsonExpected;
    qint64 total = 0;
    for (int offset = 0; offset == 0 || offset < total; offset += 20) {
        const Run page = cli(list + endpointArgs() + QStringList{QStringLiteral("--offset"), QString::number(offset),
                                                                 QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(page.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(page.out).object();
        total = object.value(QStringLiteral("total_num")).toInteger();
        for (const QJsonValue &v : object.value(QStringLiteral("data_list")).toArray())
            jsonExpected.append(v);
        const Run csvPage = cli(list + endpointArgs() + QStringList{QStringLiteral("--offset"), QString::number(offset),
                                                                    QStringLiteral("--output"), QStringLiteral("csv")});
        csvExpected += offset == 0 ? csvPage.out : csvPage.out.mid(csvPage.out.indexOf('\n') + 1);
    }
    QVERIFY(total > 100);
    const QByteArray jsonText = QJsonDocument(QJsonObject{{QStringLiteral("data_list"), jsonExpected},
                                                          {QStringLiteral("total_num"), total}})
                                    .toJson(QJsonDocument::Indented);

    // Every third call fails once with 500 and is retried after a pause, so the pages after
    // it come back first.
    SandboxFaults faults;
    faults.serverError.every = 3;
    for (const char *format : {"csv", "json"}) {
        m_sandbox.server()->setFaults(faults);
        m_sandbox.server()->clearRecentRequests();
        const Run all = cli(list + endpointArgs() + QStringList{QStringLiteral("--all-pages"), QStringLiteral("--output"),
                                                                QLatin1String(format)});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QCOMPARE(all.out, QByteArray(format) == "csv" ? csvExpected : jsonText);
        QList<int> offsets;
        for (const RecordedRequest &request : m_sandbox.server()->recentRequests())
            offsets.append(request.queryValue(QStringLiteral("offset")).toInt());
        QVERIFY2(!std::is_sorted(offsets.begin(), offsets.end()), "the pages were not answered out of order");
    }
}

void TestCli::scanNamedImagesSendsExactlyThem()
{
    const Run run = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--image"), QStringLiteral("team-a/nginx:1.25"),
                                    QStringLiteral("--image"), QStringLiteral("ops/tools/kubectl:v1.30")}
                        + endpointArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_sandbox.server()->recentRequests().last().body,
             QByteArray(R"({"image_info_list":[{"image_name":"nginx","image_version":"1.25","namespace":"team-a"},)"
                        R"({"image_name":"tools/kubectl","image_version":"v1.30","namespace":"ops"}],"image_type":"private_image"})"));
    QCOMPARE(cli(QStringList{QStringLiteral("scan"), QStringLiteral("--image"), QStringLiteral("no-tag")} + endpointArgs())
                 .exitCode,
             2);
}

void TestCli::scanAllSendsOperateAllWithFilters()
{
    const Run run = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--image-type"),
                                    QStringLiteral("shared_image"), QStringLiteral("--scan-status"),
                                    QStringLiteral("unscan"), QStringLiteral("--namespace"), QStringLiteral("安全团队")}
                        + endpointArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_sandbox.server()->recentRequests().last().body,
             QByteArray(R"({"image_type":"shared_image","namespace":"安全团队","operate_all":true,"scan_status":"unscan"})"));
}

void TestCli::exportAllWaitDownloadInOneCommand()
{
    QTemporaryDir dir;
    const Run run = cli(QStringList{QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--all"),
                                    QStringLiteral("--image-type"), QStringLiteral("private_image"),
                                    QStringLiteral("--has-unsafe-setting"), QStringLiteral("true"),
                                    QStringLiteral("--download"), dir.path(), QStringLiteral("--poll-interval"),
                                    QStringLiteral("0.05")}
                        + endpointArgs());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("task_id: "));
    QVERIFY(run.out.contains("task_status: success"));
    QVERIFY(run.err.contains(": running") || run.err.contains(": success")); // plain lines when piped
    QVERIFY(!run.err.contains('\r'));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().endsWith(QStringLiteral(".zip")));
    QVERIFY(run.out.contains(QDir::toNativeSeparators(dir.filePath(files.first())).toUtf8()));

    // The matching count was asked for first and sent as export_size, with the filters.
    const QList<RecordedRequest> requests = m_sandbox.server()->recentRequests();
    const RecordedRequest &count = requests.at(0);
    QCOMPARE(count.rawQuery, QByteArray("has_unsafe_setting=true&image_type=private_image&limit=10&offset=0"));
    const RecordedRequest &exported = requests.at(1);
    QVERIFY(exported.path.endsWith(QStringLiteral("/image/baseline/export")));
    const QByteArray size = exported.queryValue(QStringLiteral("export_size")).toUtf8();
    QVERIFY2(run.err.contains(size + (size == "1" ? " image matches;" : " images match;")), run.err.constData());
    QCOMPARE(exported.body, QByteArray(R"({"has_unsafe_setting":true,"image_type":"private_image","operate_all":true})"));
}

void TestCli::exportSelectedSendsIdsAndSize()
{
    const Run run = cli(QStringList{QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--id"),
                                    QStringLiteral("3"), QStringLiteral("--id"), QStringLiteral("7")}
                        + endpointArgs());
    QCOMPARE(run.exitCode, 0);
    const RecordedRequest r = m_sandbox.server()->recentRequests().last();
    QCOMPARE(r.rawQuery, QByteArray("export_size=2"));
    QCOMPARE(r.body, QByteArray(R"({"image_id_list":["3","7"],"image_type":"private_image","operate_all":false})"));
}

void TestCli::taskStatusAndDownload()
{
    const Run exported = cli(QStringList{QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--id"),
                                         QStringLiteral("5")}
                             + endpointArgs());
    QCOMPARE(exported.exitCode, 0);
    const QByteArray taskLine = exported.out.split('\n').first();
    QVERIFY(taskLine.startsWith("task_id: "));
    const QString taskId = QString::fromUtf8(taskLine.mid(9));

    const Run followed = cli(QStringList{QStringLiteral("task"), QStringLiteral("status"), taskId,
                                         QStringLiteral("--wait"), QStringLiteral("--poll-interval"),
                                         QStringLiteral("0.05")}
                             + endpointArgs());
    QCOMPARE(followed.exitCode, 0);
    QString fileId;
    for (const QByteArray &line : followed.out.split('\n')) {
        if (line.startsWith("file_id: "))
            fileId = QString::fromUtf8(line.mid(9));
    }
    QVERIFY(!fileId.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("result.zip"));
    const Run download = cli(QStringList{QStringLiteral("download"), fileId, QStringLiteral("-o"), path} + endpointArgs());
    QCOMPARE(download.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK"));

    const Run unknown = cli(QStringList{QStringLiteral("task"), QStringLiteral("status"), QStringLiteral("nope")}
                            + endpointArgs());
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.err.contains("HSS.0011"));
}

void TestCli::syncAndRest()
{
    QCOMPARE(cli(QStringList{QStringLiteral("sync")} + endpointArgs()).exitCode, 0);
    QCOMPARE(m_sandbox.server()->recentRequests().last().body, QByteArray(R"({"image_type":"private_image"})"));

    const Run rest = cli(QStringList{QStringLiteral("rest"), QStringLiteral("GET"),
                                     QStringLiteral("/v5/{project_id}/image/swr-repository?image_type=shared_image"),
                                     QStringLiteral("--query"), QStringLiteral("limit=10")}
                         + endpointArgs());
    QCOMPARE(rest.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(rest.out).object().value(QStringLiteral("data_list")).toArray().size(), 10);
    QCOMPARE(m_sandbox.server()->recentRequests().last().rawQuery, QByteArray("image_type=shared_image&limit=10"));

    const Run task = cli(QStringList{QStringLiteral("sync"), QStringLiteral("--registries-task"),
                                     QStringLiteral("--registry"), QStringLiteral("reg-1:Harbor"),
                                     QStringLiteral("--dry-run")}
                         + endpointArgs());
    QCOMPARE(task.exitCode, 0);
    QVERIFY(task.out.contains("/image/image-sync/tasks\n"));
    QVERIFY(task.out.contains(R"({"registry_info":[{"registry_id":"reg-1","registry_type":"Harbor"}],"sync_all_registries":false})"));
    QCOMPARE(cli(QStringList{QStringLiteral("sync"), QStringLiteral("--registries-task"), QStringLiteral("--registry"),
                             QStringLiteral("reg-1:Quay")}
                 + endpointArgs())
                 .exitCode,
             2);

    const Run missing = cli(QStringList{QStringLiteral("rest"), QStringLiteral("GET"), QStringLiteral("/v5/nothing")}
                            + endpointArgs());
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("APIGW.0101"));
}

void TestCli::dryRunSendsNothingAndRedacts()
{
    const Run run = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--dry-run")}
                        + endpointArgs());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("POST " + m_sandbox.server()->endpoint().toString().toUtf8() + "/v5/"));
    QVERIFY(run.out.contains("Authorization: [redacted]"));
    QVERIFY(run.out.contains(R"({"image_type":"private_image","operate_all":true})"));
    QVERIFY(!run.out.contains(SandboxCredentials::SecretKey));
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
}

void TestCli::apiErrorExitsWithThreeAndNamesTheRequest()
{
    const Run run = cli(QStringList{QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--image-type"),
                                    QStringLiteral("private_image")}
                            + endpointArgs(),
                        QStringLiteral("wrong-secret"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("APIGW.0301"));
    QVERIFY(run.err.contains("request id "));
    QVERIFY(!run.err.contains("wrong-secret"));
}

void TestCli::networkErrorExitsWithFour()
{
    const Run run = cli({QStringLiteral("sync"), QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1"),
                         QStringLiteral("--project-id"), m_sandbox.server()->projectId()});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("refused"));
}

void TestCli::savedProfileIsUsedEndToEnd()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariable("HOME").startsWith(QDir::tempPath()))
        QSKIP("needs the keyring and throw-away HOME that .ci/test provides");
    const QString name = QStringLiteral("sandbox-e2e");
    const Run added = cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--endpoint"),
                           m_sandbox.server()->endpoint().toString(), QStringLiteral("--project-id"), m_sandbox.server()->projectId(),
                           QStringLiteral("--access-key"), QLatin1String(SandboxCredentials::AccessKey)});
    QVERIFY2(added.exitCode == 0, added.err.constData());

    const Run listed = cli({QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--profile"), name,
                            QStringLiteral("--image-type"), QStringLiteral("private_image"), QStringLiteral("--limit"),
                            QStringLiteral("10"), QStringLiteral("--output"), QStringLiteral("json")},
                           QString(), false);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("data_list")).toArray().size(), 10);

    const Run unknown = cli({QStringLiteral("sync"), QStringLiteral("--profile"), QStringLiteral("no-such-profile")},
                            QString(), false);
    QCOMPARE(unknown.exitCode, 5);

    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), name}).exitCode, 0);
}

QStringList TestCli::hostileArgs(const HostileServer &server)
{
    return {QStringLiteral("--endpoint"), server.url().toString(), QStringLiteral("--project-id"),
            QStringLiteral("0123456789abcdef0123456789abcdef")};
}

void TestCli::scanWhoseOutcomeIsUnknownExitsWithSix()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(HostileServer::Behaviour::ResetAfterRequest);
    const Run run = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--yes"),
                                    QStringLiteral("--image-type"), QStringLiteral("private_image")}
                        + hostileArgs(server));
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains("may have been sent; check before retrying"), run.err.constData());
    QVERIFY(!run.out.contains("Scan requested"));
    QCOMPARE(server.requests().size(), 1);
}

void TestCli::drippingServerIsCutByTimeout()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(HostileServer::Behaviour::Drip);
    server.setAnswer(200, QByteArray(600, ' ') + R"({"total_num":0,"data_list":[]})");
    server.setDripIntervalMs(100); // a byte well within every idle timeout, 60 s for it all
    QElapsedTimer elapsed;
    elapsed.start();
    const Run run = cli(QStringList{QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--image-type"),
                                    QStringLiteral("private_image"), QStringLiteral("--timeout"), QStringLiteral("2")}
                        + hostileArgs(server));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(elapsed.elapsed() < 15000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestCli::taskWaitGivesUpAtTheWaitTimeout()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setAnswer(200, R"({"task_id":"t-1","task_status":"running"})");
    const Run run = cli(QStringList{QStringLiteral("task"), QStringLiteral("status"), QStringLiteral("t-1"),
                                    QStringLiteral("--wait"), QStringLiteral("--poll-interval"), QStringLiteral("0.1"),
                                    QStringLiteral("--wait-timeout"), QStringLiteral("0.02")}
                        + hostileArgs(server));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("task t-1: running"), run.err.constData());
    QVERIFY2(run.err.contains("still running"), run.err.constData());
    QVERIFY(server.requests().size() >= 2);
}

void TestCli::taskAnswerMissingItsStatusIsABadResponse()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setAnswer(200, "{}");
    const Run run = cli(QStringList{QStringLiteral("task"), QStringLiteral("status"), QStringLiteral("t-1")}
                        + hostileArgs(server));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("task_status") && run.err.contains("hostile-1"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QString TestCli::finishedExportFileId()
{
    const Run exported = cli(QStringList{QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--id"),
                                         QStringLiteral("5"), QStringLiteral("--wait"), QStringLiteral("--poll-interval"),
                                         QStringLiteral("0.05")}
                             + endpointArgs());
    for (const QByteArray &line : exported.out.split('\n')) {
        if (line.startsWith("file_id: "))
            return QString::fromUtf8(line.mid(9));
    }
    return {};
}

void TestCli::valuesThatBecomePartOfTheRequestAreValidatedFirst()
{
    const QStringList list{QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--image-type"),
                           QStringLiteral("private_image"), QStringLiteral("--endpoint"),
                           m_sandbox.server()->endpoint().toString()};
    // A project id that climbs out of /v5/{project_id}/ would reach the sandbox's control routes.
    for (const QString &projectId : {QStringLiteral(".."), QStringLiteral("../sandbox/control/reset"),
                                     QStringLiteral("a/b"), QStringLiteral("a?b"), QString(300, QLatin1Char('a'))}) {
        const Run run = cli(list + QStringList{QStringLiteral("--project-id"), projectId});
        QVERIFY2(run.exitCode == 2, qPrintable(projectId));
        QVERIFY(run.err.contains("project_id"));
        QVERIFY(!run.err.contains("CLOUD_SDK_AK")); // not blamed on the credentials
    }
    const QStringList withProject = list + QStringList{QStringLiteral("--project-id"), m_sandbox.server()->projectId()};
    const Run region = cli(withProject + QStringList{QStringLiteral("--region"), QStringLiteral("x\r\nX-Evil: 1")});
    QCOMPARE(region.exitCode, 2);
    QVERIFY(region.err.contains("region"));
    const Run enterprise = cli(withProject + QStringList{QStringLiteral("--enterprise-project-id"),
                                                         QStringLiteral("0&limit=200")});
    QCOMPARE(enterprise.exitCode, 2);
    QVERIFY(enterprise.err.contains("enterprise_project_id"));
    QUrl withUser = m_sandbox.server()->endpoint();
    withUser.setUserInfo(QStringLiteral("user:password"));
    const Run endpoint = cli({QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--image-type"),
                              QStringLiteral("private_image"), QStringLiteral("--endpoint"), withUser.toString(),
                              QStringLiteral("--project-id"), m_sandbox.server()->projectId()});
    QCOMPARE(endpoint.exitCode, 2);
    QVERIFY(endpoint.err.contains("endpoint"));
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
    QCOMPARE(m_sandbox.server()->stateJson().value(QStringLiteral("request_count")).toInt(), 0);
}

void TestCli::restRefusesHeaderAndMethodInjection()
{
    const QString path = QStringLiteral("/v5/{project_id}/image/swr-repository?image_type=private_image");
    const QList<QStringList> attacks = {
        {QStringLiteral("GET"), path, QStringLiteral("--header"), QStringLiteral("X-A: b\r\nX-Injected: 1")},
        {QStringLiteral("GET"), path, QStringLiteral("--header"), QStringLiteral("X-A: b\nX-Injected: 1")},
        {QStringLiteral("GET"), path, QStringLiteral("--header"), QStringLiteral("X-A\r\nX-Injected: 1")},
        {QStringLiteral("GET"), path, QStringLiteral("--header"), QStringLiteral("X A: b")},
        {QStringLiteral("GET"), path, QStringLiteral("--header"), QStringLiteral("X-A: \x1b[2J")},
        {QStringLiteral("GET /x HTTP/1.1\r\nX-Injected: 1\r\n\r\nGET"), path},
        {QStringLiteral("GET\r\n"), path},
        {QStringLiteral("G-T"), path},
    };
    for (const QStringList &attack : attacks) {
        const Run run = cli(QStringList{QStringLiteral("rest")} + attack + endpointArgs());
        QVERIFY2(run.exitCode == 2, qPrintable(attack.join(QLatin1Char(' '))));
        QVERIFY(!run.err.contains('\x1b'));
    }
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
    // An ordinary extra header still goes out.
    const Run fine = cli(QStringList{QStringLiteral("rest"), QStringLiteral("get"), path, QStringLiteral("--header"),
                                     QStringLiteral("X-Trace: a b\tc")}
                         + endpointArgs());
    QCOMPARE(fine.exitCode, 0);
}

void TestCli::restRedactsCookies()
{
    for (const QString &header : {QStringLiteral("Cookie: session=s3cr3t-cookie"),
                                  QStringLiteral("Set-Cookie: session=s3cr3t-cookie"),
                                  QStringLiteral("Proxy-Authorization: Basic s3cr3t-cookie")}) {
        const Run run = cli(QStringList{QStringLiteral("rest"), QStringLiteral("GET"), QStringLiteral("/v5/x"),
                                        QStringLiteral("--header"), header, QStringLiteral("--dry-run")}
                            + endpointArgs());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains("s3cr3t-cookie"), run.out.constData());
        QVERIFY(run.out.contains(header.section(QLatin1Char(':'), 0, 0).toUtf8() + ": [redacted]"));
    }
}

void TestCli::downloadNeverOverwritesOrFollowsLinks()
{
    const QString fileId = finishedExportFileId();
    QVERIFY(!fileId.isEmpty());
    QTemporaryDir dir;
    const auto downloads = [&] {
        int n = 0;
        for (const RecordedRequest &r : m_sandbox.server()->recentRequests())
            n += r.path.contains(QStringLiteral("/download/")) ? 1 : 0;
        return n;
    };
    const int before = downloads();

    // An existing file is kept unless --force says otherwise.
    const QString existing = dir.filePath(QStringLiteral("result.zip"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const Run refused = cli(QStringList{QStringLiteral("download"), fileId, QStringLiteral("-o"), existing}
                            + endpointArgs());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--force"));
    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    kept.close();
    QCOMPARE(downloads(), before);

    const Run forced = cli(QStringList{QStringLiteral("download"), fileId, QStringLiteral("-o"), existing,
                                       QStringLiteral("--force")}
                           + endpointArgs());
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.read(2), QByteArray("PK"));
    kept.close();
    QCOMPARE(QFileInfo(existing).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                                                   | QFile::WriteOther),
             QFile::Permissions());

    // A new file is readable by its owner only.
    const QString fresh = dir.filePath(QStringLiteral("fresh.zip"));
    QCOMPARE(cli(QStringList{QStringLiteral("download"), fileId, QStringLiteral("-o"), fresh} + endpointArgs()).exitCode,
             0);
    QCOMPARE(QFileInfo(fresh).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                                                | QFile::WriteOther),
             QFile::Permissions());

    // A planted link, dangling or not, is never written through, --force or not.
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("stolen.zip"));
    const QString dangling = dir.filePath(QStringLiteral("dangling.zip"));
    QVERIFY(QFile::link(target, dangling));
    const QString victim = outside.filePath(QStringLiteral("victim.txt"));
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("untouched");
    }
    const QString toVictim = dir.filePath(QStringLiteral("victim.zip"));
    QVERIFY(QFile::link(victim, toVictim));
    for (const QString &link : {dangling, toVictim}) {
        for (const bool force : {false, true}) {
            QStringList args{QStringLiteral("download"), fileId, QStringLiteral("-o"), link};
            if (force)
                args << QStringLiteral("--force");
            const Run run = cli(args + endpointArgs());
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.err.contains("symbolic link"));
        }
    }
    QVERIFY(!QFileInfo::exists(target));
    QFile victimFile(victim);
    QVERIFY(victimFile.open(QIODevice::ReadOnly));
    QCOMPARE(victimFile.readAll(), QByteArray("untouched"));

    // Into a folder: the link's name counts as taken, the download gets a name of its own.
    QTemporaryDir folder;
    const QString planted = folder.filePath(QStringLiteral("hss-export-%1.zip").arg(fileId));
    QVERIFY(QFile::link(target, planted));
    const Run intoFolder = cli(QStringList{QStringLiteral("download"), fileId, QStringLiteral("-o"), folder.path()}
                               + endpointArgs());
    QVERIFY2(intoFolder.exitCode == 0, intoFolder.err.constData());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo(folder.filePath(QStringLiteral("hss-export-%1 (1).zip").arg(fileId))).isFile());
}

void TestCli::serverTextInErrorsCannotDriveTheTerminal()
{
    // The sandbox, like many services, quotes the offending value in its error message.
    const Run run = cli(QStringList{QStringLiteral("rest"), QStringLiteral("POST"),
                                    QStringLiteral("/v5/{project_id}/image/baseline/export?export_size=1"),
                                    QStringLiteral("--data"),
                                    QStringLiteral(R"({"image_id_list":["\u001b]0;pwned\u0007\u001b[2J\u202e"]})")}
                        + endpointArgs());
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("HSS.0001"));
    QVERIFY2(!run.err.contains('\x1b') && !run.err.contains('\x07'), run.err.constData());
    QVERIFY(!run.err.contains("\u202e"));
    QVERIFY2(run.err.contains("\\x1b]0;pwned\\x07\\x1b[2J\\u202e"), run.err.constData());
}

void TestCli::enumsIdsAndLengthsAreCheckedBeforeAnyRequest()
{
    // --all without --export-size counts first; a bad enum must stop it before that count.
    const Run severity = cli(QStringList{QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--all"),
                                         QStringLiteral("--severity-level"), QStringLiteral("Critical")}
                             + endpointArgs());
    QCOMPARE(severity.exitCode, 2);
    QVERIFY(severity.err.contains("Security, Low, Medium, High"));
    const Run lowerCase = cli(QStringList{QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--all"),
                                          QStringLiteral("--severity-level"), QStringLiteral("high")}
                              + endpointArgs());
    QCOMPARE(lowerCase.exitCode, 2);

    const Run negative = cli(QStringList{QStringLiteral("export"), QStringLiteral("baseline"), QStringLiteral("--id"),
                                         QStringLiteral("-5")}
                             + endpointArgs());
    QCOMPARE(negative.exitCode, 2);
    QVERIFY(negative.err.contains("image_id_list"));

    // ListSwrImageRepository takes image names of 1 to 128 characters.
    const Run longName = cli(QStringList{QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--image-type"),
                                         QStringLiteral("private_image"), QStringLiteral("--image-name"),
                                         QString(200, QLatin1Char('n'))}
                             + endpointArgs());
    QCOMPARE(longName.exitCode, 2);
    QVERIFY(longName.err.contains("image_name"));
    const Run longScan = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--image"),
                                         QStringLiteral("team-a/") + QString(5000, QLatin1Char('n'))
                                             + QStringLiteral(":1.0")}
                             + endpointArgs());
    QCOMPARE(longScan.exitCode, 2);
    QVERIFY(longScan.err.contains("image_info_list"));
    QVERIFY(longScan.err.size() < 1000);
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
}

void TestCli::scanAllWithoutFiltersNeedsConfirmation()
{
    // No terminal to ask on (the test's pipes): refused unless --yes says so.
    const Run refused = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--all")} + endpointArgs());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--yes"));
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());

    const Run confirmed = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--all"), QStringLiteral("--yes")}
                              + endpointArgs());
    QCOMPARE(confirmed.exitCode, 0);
    QCOMPARE(m_sandbox.server()->recentRequests().size(), 1);
    QCOMPARE(m_sandbox.server()->recentRequests().last().body, QByteArray(R"({"image_type":"private_image","operate_all":true})"));
}

void TestCli::longScanListsAreSplitLikeTheWindowDoes()
{
    QStringList args{QStringLiteral("scan")};
    const int count = 10241 + 5;
    for (int i = 0; i < count; ++i)
        args << QStringLiteral("--image") << QStringLiteral("team-a/app%1:1.0").arg(i);
    const Run run = cli(args + endpointArgs());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<RecordedRequest> requests = m_sandbox.server()->recentRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(requests.at(0).body).object().value(QStringLiteral("image_info_list")).toArray().size(),
             10241);
    QCOMPARE(QJsonDocument::fromJson(requests.at(1).body).object().value(QStringLiteral("image_info_list")).toArray().size(),
             5);
}

void TestCli::helpOffersWhatTheValidatorAccepts()
{
    const auto typeLine = [this](const QString &command, const QStringList &more) {
        // The option's description may wrap; it ends where the next option starts.
        const QByteArray out = cli(QStringList{command} + more + QStringList{QStringLiteral("--help")}).out;
        const qsizetype start = out.indexOf("--image-type");
        return out.mid(start, out.indexOf("--namespace", start) - start).simplified();
    };
    const QByteArray list = typeLine(QStringLiteral("images"), {QStringLiteral("list")});
    QVERIFY(list.contains("local_image"));
    QVERIFY2(!list.contains("harbor") && !list.contains("cicd"), list.constData());
    const QByteArray scan = typeLine(QStringLiteral("scan"), {});
    QVERIFY2(!scan.contains("local_image") && !scan.contains("harbor"), scan.constData());
    const QByteArray exported = typeLine(QStringLiteral("export"), {QStringLiteral("baseline")});
    QVERIFY(exported.contains("harbor"));
}

void TestCli::pollIntervalMessageMatchesTheRule()
{
    for (const QStringList &command : {QStringList{QStringLiteral("task"), QStringLiteral("status"), QStringLiteral("t1"),
                                                   QStringLiteral("--wait")},
                                       QStringList{QStringLiteral("export"), QStringLiteral("baseline"),
                                                   QStringLiteral("--id"), QStringLiteral("1")}}) {
        const Run run = cli(command + QStringList{QStringLiteral("--poll-interval"), QStringLiteral("0")} + endpointArgs());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains("between 0"), run.err.constData());
        QVERIFY(run.err.contains("more than 0"));
    }
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
}

void TestCli::profileRemoveKeepsTheProfileWhenItsSecretsStay()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariable("HOME").startsWith(QDir::tempPath()))
        QSKIP("needs the keyring and throw-away HOME that .ci/test provides");
    const QString name = QStringLiteral("orphan-check");
    const Run added = cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--endpoint"),
                           m_sandbox.server()->endpoint().toString(), QStringLiteral("--project-id"), m_sandbox.server()->projectId(),
                           QStringLiteral("--access-key"), QLatin1String(SandboxCredentials::AccessKey)});
    QVERIFY2(added.exitCode == 0, added.err.constData());

    // A session bus without a Secret Service: the secret cannot be deleted.
    QTemporaryDir bus;
    m_extraEnv.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=") + bus.filePath(QStringLiteral("no-bus")));
    const Run refused = cli({QStringLiteral("profile"), QStringLiteral("remove"), name});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY(refused.err.contains("--force"));
    m_extraEnv.clear();
    QVERIFY(cli({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(name.toUtf8()));

    m_extraEnv.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=") + bus.filePath(QStringLiteral("no-bus")));
    const Run forced = cli({QStringLiteral("profile"), QStringLiteral("remove"), name, QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(forced.err.contains("still there"));
    m_extraEnv.clear();
    QVERIFY(!cli({QStringLiteral("profile"), QStringLiteral("list")}).out.contains(name.toUtf8()));
    // The orphaned entries, cleared the way the message says: a profile of that name removed
    // with a working keychain takes them along.
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--endpoint"),
                  m_sandbox.server()->endpoint().toString(), QStringLiteral("--project-id"), m_sandbox.server()->projectId(),
                  QStringLiteral("--access-key"), QLatin1String(SandboxCredentials::AccessKey)})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), name}).exitCode, 0);
}

void TestCli::lockedKeyringIsReportedAsLocked()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariable("HOME").startsWith(QDir::tempPath()))
        QSKIP("needs the keyring and throw-away HOME that .ci/test provides");
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty())
        QSKIP("dbus-run-session is not installed");
    const QString name = QStringLiteral("locked-check");
    const Run added = cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--endpoint"),
                           m_sandbox.server()->endpoint().toString(), QStringLiteral("--project-id"), m_sandbox.server()->projectId(),
                           QStringLiteral("--access-key"), QLatin1String(SandboxCredentials::AccessKey)});
    QVERIFY2(added.exitCode == 0, added.err.constData());

    // A session of its own whose Secret Service (activated on demand) has no unlocked keyring,
    // as after a log-in that did not unlock it: libsecret answers "not found" for every item.
    QTemporaryDir data;
    QTemporaryDir runtime;
    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_launcher = {QStringLiteral("dbus-run-session"), QStringLiteral("--")};
    m_extraEnv.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    m_extraEnv.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const Run locked = cli({QStringLiteral("sync"), QStringLiteral("--profile"), name}, QString(), false);
    QCOMPARE(locked.exitCode, 5);
    QVERIFY2(locked.err.contains("The keyring is locked"), locked.err.constData());
    QVERIFY2(!locked.err.contains("no secret_key"), locked.err.constData());
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());

    m_launcher.clear();
    m_extraEnv.clear();
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("remove"), name}).exitCode, 0);
}

void TestCli::listFromCacheAnswersWithoutACall()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    m_extraEnv.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const QStringList list = QStringList{QStringLiteral("images"), QStringLiteral("list"),
                                         QStringLiteral("--image-type"), QStringLiteral("private_image"),
                                         QStringLiteral("--all-pages"), QStringLiteral("--output"),
                                         QStringLiteral("json")}
        + endpointArgs();

    // Nothing stored yet for this connection: an error, and no call.
    Run run = cli(list + QStringList{QStringLiteral("--from-cache")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no stored image list"), run.err.constData());
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());

    // A plain listing streams and stores nothing; the first --refresh lists in full and stores.
    run = cli(list);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(cli(list + QStringList{QStringLiteral("--from-cache")}).exitCode, 1);
    run = cli(list + QStringList{QStringLiteral("--refresh")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("data_list")).toArray();
    QVERIFY(listed.size() > 10);
    m_sandbox.server()->clearRecentRequests();

    run = cli(list + QStringList{QStringLiteral("--from-cache")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
    QVERIFY2(run.err.contains("complete as of"), run.err.constData());
    const QJsonObject cached = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(cached.value(QStringLiteral("data_list")).toArray(), listed);
    QCOMPARE(cached.value(QStringLiteral("total_num")).toInt(), listed.size());

    // Other filters are answered from the store too, with the service's paging.
    run = cli(QStringList{QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--image-type"),
                          QStringLiteral("private_image"), QStringLiteral("--namespace"), QStringLiteral("team"),
                          QStringLiteral("--limit"), QStringLiteral("10"), QStringLiteral("--output"),
                          QStringLiteral("json"), QStringLiteral("--from-cache")}
              + endpointArgs());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
    QVERIFY2(run.err.contains("never listed to the end"), run.err.constData());
    const QJsonObject narrow = QJsonDocument::fromJson(run.out).object();
    QVERIFY(narrow.value(QStringLiteral("data_list")).toArray().size() <= 10);
    for (const QJsonValue &v : narrow.value(QStringLiteral("data_list")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("namespace")).toString().contains(QLatin1String("team")));

    QCOMPARE(cli(list + QStringList{QStringLiteral("--from-cache"), QStringLiteral("--refresh")}).exitCode, 2);
}

void TestCli::listRefreshFetchesOnlyWhatChanged()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    m_extraEnv.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const QStringList refresh = QStringList{QStringLiteral("images"), QStringLiteral("list"),
                                            QStringLiteral("--image-type"), QStringLiteral("shared_image"),
                                            QStringLiteral("--all-pages"), QStringLiteral("--output"),
                                            QStringLiteral("json"), QStringLiteral("--refresh")}
        + endpointArgs();

    // The first refresh lists everything.
    Run run = cli(refresh);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray first = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("data_list")).toArray();
    QVERIFY(!first.isEmpty());
    for (const RecordedRequest &r : m_sandbox.server()->recentRequests())
        QVERIFY(r.queryValue(QStringLiteral("start_latest_update_time")).isEmpty());

    RunImageSynchronizeRequest sync;
    sync.imageType = QStringLiteral("shared_image");
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(sync)));
    QVERIFY(reply->isOk());
    m_sandbox.server()->clearRecentRequests();

    // The second asks only for what changed since, and answers with the whole list.
    run = cli(refresh);
    QCOMPARE(run.exitCode, 0);
    const QList<RecordedRequest> requests = m_sandbox.server()->recentRequests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.at(0).queryValue(QStringLiteral("start_latest_update_time")).isEmpty());
    QVERIFY(!requests.at(1).queryValue(QStringLiteral("start_latest_scan_time")).isEmpty());
    const QJsonArray second = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("data_list")).toArray();
    QVERIFY(second.size() > first.size()); // the synchronisation added images
    QVERIFY2(run.err.contains("changed image"), run.err.constData());
}

void TestCli::callRateIsValidatedAndWaitingIsShown()
{
    const QStringList list{QStringLiteral("images"), QStringLiteral("list"), QStringLiteral("--image-type"),
                           QStringLiteral("private_image"), QStringLiteral("--limit"), QStringLiteral("200"),
                           QStringLiteral("--all-pages"), QStringLiteral("--output"), QStringLiteral("json")};
    for (const QString &bad : {QStringLiteral("fast"), QStringLiteral("0/min"), QStringLiteral("5/h")}) {
        const Run refused = cli(list + endpointArgs() + QStringList{QStringLiteral("--rate"), bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--rate"), refused.err.constData());
    }
    QCOMPARE(m_sandbox.server()->recentRequests().size(), 0);
    m_extraEnv.insert(QStringLiteral("HSS_CALL_RATE"), QStringLiteral("nonsense"));
    QCOMPARE(cli(list + endpointArgs()).exitCode, 2);
    m_extraEnv.clear();

    // Two pages at one call a second: the second waits its turn, and stderr says so.
    const Run run = cli(list + endpointArgs() + QStringList{QStringLiteral("--rate"), QStringLiteral("1/s")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(run.out).object();
    QVERIFY(page.value(QStringLiteral("total_num")).toInt() > 200);
    QVERIFY2(run.err.contains("waiting for the call budget: next ListSwrImageRepository call in "),
             run.err.constData());
    const QList<RecordedRequest> requests = m_sandbox.server()->recentRequests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).receivedAt.msecsTo(requests.at(1).receivedAt) >= 1000);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
