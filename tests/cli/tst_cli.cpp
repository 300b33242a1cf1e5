#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
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

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments, const QString &secretKey = QString(), bool withCredentials = true);
    QStringList endpointArgs() const;

    std::unique_ptr<SandboxServer> m_sandbox;
};

void TestCli::init()
{
    SandboxConfig config;
    config.imageCount = 450;
    config.exportRunMs = 100;
    m_sandbox = std::make_unique<SandboxServer>(config);
    QString error;
    QVERIFY2(m_sandbox->listen(&error), qPrintable(error));
}

void TestCli::cleanup()
{
    m_sandbox.reset();
}

QStringList TestCli::endpointArgs() const
{
    return {QStringLiteral("--endpoint"), m_sandbox->endpoint().toString(), QStringLiteral("--project-id"),
            m_sandbox->projectId()};
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
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(HSS_BUILD_DIR "/cli/hss-image-cli"), arguments);
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
    QVERIFY(m_sandbox->recentRequests().isEmpty());
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
    QCOMPARE(m_sandbox->recentRequests().size(), 1);
    QCOMPARE(m_sandbox->recentRequests().first().rawQuery,
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

void TestCli::scanNamedImagesSendsExactlyThem()
{
    const Run run = cli(QStringList{QStringLiteral("scan"), QStringLiteral("--image"), QStringLiteral("team-a/nginx:1.25"),
                                    QStringLiteral("--image"), QStringLiteral("ops/tools/kubectl:v1.30")}
                        + endpointArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_sandbox->recentRequests().last().body,
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
    QCOMPARE(m_sandbox->recentRequests().last().body,
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
    const QList<RecordedRequest> requests = m_sandbox->recentRequests();
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
    const RecordedRequest r = m_sandbox->recentRequests().last();
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
    QCOMPARE(m_sandbox->recentRequests().last().body, QByteArray(R"({"image_type":"private_image"})"));

    const Run rest = cli(QStringList{QStringLiteral("rest"), QStringLiteral("GET"),
                                     QStringLiteral("/v5/{project_id}/image/swr-repository?image_type=shared_image"),
                                     QStringLiteral("--query"), QStringLiteral("limit=10")}
                         + endpointArgs());
    QCOMPARE(rest.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(rest.out).object().value(QStringLiteral("data_list")).toArray().size(), 10);
    QCOMPARE(m_sandbox->recentRequests().last().rawQuery, QByteArray("image_type=shared_image&limit=10"));

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
    QVERIFY(run.out.startsWith("POST " + m_sandbox->endpoint().toString().toUtf8() + "/v5/"));
    QVERIFY(run.out.contains("Authorization: [redacted]"));
    QVERIFY(run.out.contains(R"({"image_type":"private_image","operate_all":true})"));
    QVERIFY(!run.out.contains(SandboxCredentials::SecretKey));
    QVERIFY(m_sandbox->recentRequests().isEmpty());
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
                         QStringLiteral("--project-id"), m_sandbox->projectId()});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("refused"));
}

void TestCli::savedProfileIsUsedEndToEnd()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariable("HOME").startsWith(QDir::tempPath()))
        QSKIP("needs the keyring and throw-away HOME that .ci/test provides");
    const QString name = QStringLiteral("sandbox-e2e");
    const Run added = cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--endpoint"),
                           m_sandbox->endpoint().toString(), QStringLiteral("--project-id"), m_sandbox->projectId(),
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
