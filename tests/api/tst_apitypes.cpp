#include "app/api/apienums.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/batchexportbaselinetaskresponse.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/createimagesynchronizetaskrequest.h"
#include "app/api/exporttaskinfo.h"
#include "app/api/exporttaskstatus.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/api/listswrimagerepositoryresponse.h"
#include "app/api/runimagesynchronizeresponse.h"
#include "app/api/showimagesecurityreportstatisticrequest.h"
#include "app/api/showimagesecurityreportstatisticresponse.h"
#include "app/exports/exporttaskrecord.h"
#include "app/net/requestsigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool hasField(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

} // namespace

class TestApiTypes : public QObject
{
    Q_OBJECT

private slots:
    void imageInfoReadsEveryField();
    void imageInfoToleratesUnknownAndMissingFields();
    void imageInfoRoundTrips();
    void imageInfoReportsErrorsInSchemaOrder();
    void imageInfoIgnoresUnknownFieldsWhenChecked();
    void imageInfoFieldGivenTwiceReadsAsTheObjectHoldsIt();
    void imageInfoMissingIdIsReportedWhateverElseIsThere();
    void listPage();
    void listQuerySendsOnlySetFilters();
    void listQueryEveryFilter();
    void listQueryBounds();
    void filterValidation();
    void filterQueryRoundTrip();
    void scanSelectedBody();
    void scanAllBodyKeepsOnlyScanFilters();
    void scanValidation();
    void scanSplit();
    void exportSelectedBody();
    void exportAllBody();
    void exportValidation();
    void exportResult();
    void exportTask();
    void exportTaskStatus_data();
    void exportTaskStatus();
    void syncResult();
    void syncTaskRequest();
    void listPageSchema_data();
    void listPageSchema();
    void exportResultSchema_data();
    void exportResultSchema();
    void exportTaskSchema_data();
    void exportTaskSchema();
    void syncResultSchema_data();
    void syncResultSchema();
    void statisticRequest();
    void statisticAnswerIsChecked();
};

void TestApiTypes::imageInfoReadsEveryField()
{
    const ImageInfo i = ImageInfo::fromJson(parse(R"({
        "id": 123, "namespace": "team-a", "image_name": "nginx", "image_id": "sha-1",
        "image_digest": "sha256:abc", "image_version": "1.25", "image_type": "instance_image",
        "latest_version": true, "scan_status": "failed", "scan_failed_desc": "download_failed",
        "image_size": 73400320, "latest_update_time": 1735600000000, "latest_scan_time": 1735603600000,
        "vul_num": 12, "unsafe_setting_num": 3, "malicious_file_num": 1, "domain_name": "owner",
        "shared_status": "effective", "scannable": true, "instance_name": "ee-1",
        "instance_id": "inst-1", "instance_url": "https://ee.example/", "association_images": [
            {"image_name": "nginx", "image_version": "1.25-arm64", "image_type": "instance_image",
             "namespace": "team-a", "image_digest": "sha256:def", "scan_status": "success"}]})"));
    QCOMPARE(i.id, 123);
    QCOMPARE(i.namespaceName, QStringLiteral("team-a"));
    QCOMPARE(i.imageName, QStringLiteral("nginx"));
    QCOMPARE(i.imageId, QStringLiteral("sha-1"));
    QCOMPARE(i.imageDigest, QStringLiteral("sha256:abc"));
    QCOMPARE(i.imageVersion, QStringLiteral("1.25"));
    QCOMPARE(i.imageType, QStringLiteral("instance_image"));
    QVERIFY(i.latestVersion);
    QCOMPARE(i.scanStatus, QStringLiteral("failed"));
    QCOMPARE(i.scanFailedDesc, QStringLiteral("download_failed"));
    QCOMPARE(i.imageSize, 73400320);
    QCOMPARE(i.latestUpdateTime, 1735600000000LL);
    QCOMPARE(i.latestScanTime, 1735603600000LL);
    QCOMPARE(i.vulNum, 12);
    QCOMPARE(i.unsafeSettingNum, 3);
    QCOMPARE(i.maliciousFileNum, 1);
    QCOMPARE(i.domainName, QStringLiteral("owner"));
    QCOMPARE(i.sharedStatus, QStringLiteral("effective"));
    QVERIFY(i.scannable);
    QCOMPARE(i.instanceName, QStringLiteral("ee-1"));
    QCOMPARE(i.instanceId, QStringLiteral("inst-1"));
    QCOMPARE(i.instanceUrl, QStringLiteral("https://ee.example/"));
    QCOMPARE(i.associationImages.size(), 1);
    QCOMPARE(i.associationImages.first().imageVersion, QStringLiteral("1.25-arm64"));
    QCOMPARE(i.associationImages.first().scanStatus, QStringLiteral("success"));
    QCOMPARE(i.reference(), QStringLiteral("team-a/nginx:1.25"));
}

void TestApiTypes::imageInfoToleratesUnknownAndMissingFields()
{
    const ImageInfo i = ImageInfo::fromJson(
        parse(R"({"id": 7, "future_field": {"x": 1}, "vul_num": "not a number", "latest_version": "yes"})"));
    QCOMPARE(i.id, 7);
    QCOMPARE(i.vulNum, 0);
    QVERIFY(!i.latestVersion);
    QVERIFY(i.namespaceName.isEmpty());
    QVERIFY(i.associationImages.isEmpty());
}

void TestApiTypes::imageInfoRoundTrips()
{
    ImageInfo i;
    i.id = 42;
    i.namespaceName = QStringLiteral("ns");
    i.imageName = QStringLiteral("n");
    i.imageVersion = QStringLiteral("v");
    i.scanStatus = QStringLiteral("success");
    i.associationImages.append({QStringLiteral("n"), QStringLiteral("v-arm"), QStringLiteral("private_image"),
                                QStringLiteral("ns"), QStringLiteral("d"), QStringLiteral("unscan")});
    QCOMPARE(ImageInfo::fromJson(i.toJson()), i);
}

void TestApiTypes::imageInfoReportsErrorsInSchemaOrder()
{
    // Every field wrong at once: the errors come in the schema's order, not the object's.
    FieldErrors errors;
    ImageInfo::fromJson(parse(R"({
        "association_images": [7, {"scan_status": 2, "image_name": 1, "namespace": null}],
        "domain_name": 1, "id": null, "image_digest": 1, "image_id": 1, "image_name": 1, "image_size": -1,
        "image_type": 1, "image_version": 1, "instance_id": 1, "instance_name": 1, "instance_url": 1,
        "latest_scan_time": 1.5, "latest_update_time": "1", "latest_version": "yes",
        "malicious_file_num": 1e300, "namespace": 1, "scan_failed_desc": 1, "scan_status": 1,
        "scannable": 0, "shared_status": 1, "unsafe_setting_num": "2", "vul_num": -1})"),
                        &errors, QStringLiteral("data_list[3]."));
    QStringList seen;
    for (const FieldError &e : std::as_const(errors))
        seen.append(e.field + QLatin1Char(' ') + e.message);
    const char *const problems[] = {
        "id is missing",
        "namespace must be a string", "image_name must be a string", "image_id must be a string",
        "image_digest must be a string", "image_version must be a string",
        "image_type must be a string", "scan_status must be a string",
        "scan_failed_desc must be a string", "domain_name must be a string",
        "shared_status must be a string", "instance_name must be a string",
        "instance_id must be a string", "instance_url must be a string",
        "latest_version must be true or false", "scannable must be true or false",
        "image_size must be between 0 and 2147483547",
        "latest_update_time must be a whole number", "latest_scan_time must be a whole number",
        "vul_num must be between 0 and 2147483647", "unsafe_setting_num must be a whole number",
        "malicious_file_num must be between 0 and 2147483647",
        "association_images[0] must be an object",
        "association_images[1].image_name must be a string",
        "association_images[1].scan_status must be a string"};
    QStringList expected;
    for (const char *problem : problems)
        expected.append(QStringLiteral("data_list[3].") + QLatin1String(problem));
    QCOMPARE(seen, expected);
}

void TestApiTypes::imageInfoIgnoresUnknownFieldsWhenChecked()
{
    // Keys around, between and just beside the known ones (a prefix, a longer name).
    FieldErrors errors;
    const ImageInfo i = ImageInfo::fromJson(
        parse(R"({"a": 1, "id": 9, "i": "x", "ida": [], "image_nam": 1, "image_names": 1, "scannablez": "x",
                  "vul_num": 4, "zzz": {}, "association_images": [{"image_name": "n", "tag": 1}]})"),
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).field));
    QCOMPARE(i.id, 9);
    QCOMPARE(i.vulNum, 4);
    QVERIFY(i.imageName.isEmpty());
    QVERIFY(!i.scannable);
    QCOMPARE(i.associationImages.size(), 1);
    QCOMPARE(i.associationImages.first().imageName, QStringLiteral("n"));
}

void TestApiTypes::imageInfoFieldGivenTwiceReadsAsTheObjectHoldsIt()
{
    // The document keeps one value per key; checked and read, it is that one.
    const QJsonObject o = parse(R"({"id": 1, "image_name": 5, "id": 2, "image_name": "b"})");
    FieldErrors errors;
    const ImageInfo i = ImageInfo::fromJson(o, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(i.id, o.value(QLatin1String("id")).toInteger());
    QCOMPARE(i.id, 2);
    QCOMPARE(i.imageName, QStringLiteral("b"));
}

void TestApiTypes::imageInfoMissingIdIsReportedWhateverElseIsThere()
{
    for (const char *json : {R"({})", R"({"id": null})", R"({"vul_num": 1, "zzz": 1})", R"({"i": 1, "idx": 2})"}) {
        FieldErrors errors;
        ImageInfo::fromJson(parse(json), &errors, QStringLiteral("data_list[0]."));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("data_list[0].id"));
        QCOMPARE(errors.first().message, QStringLiteral("is missing"));
    }
}

void TestApiTypes::listPage()
{
    const ListSwrImageRepositoryResponse page = ListSwrImageRepositoryResponse::fromJson(
        parse(R"({"total_num": 1500, "data_list": [{"id": 1}, {"id": 2}]})"));
    QCOMPARE(page.totalNum, 1500);
    QCOMPARE(page.images.size(), 2);
    QCOMPARE(page.images.at(1).id, 2);
    QCOMPARE(ListSwrImageRepositoryResponse::fromJson(QJsonObject()).images.size(), 0);
}

void TestApiTypes::listQuerySendsOnlySetFilters()
{
    ListSwrImageRepositoryRequest q;
    q.filter.imageType = QStringLiteral("private_image");
    const RequestSigner::QueryList expected{{QStringLiteral("image_type"), QStringLiteral("private_image")},
                                            {QStringLiteral("offset"), QStringLiteral("0")},
                                            {QStringLiteral("limit"), QStringLiteral("200")}};
    QCOMPARE(q.toQuery(), expected);
}

void TestApiTypes::listQueryEveryFilter()
{
    ListSwrImageRepositoryRequest q;
    ImageFilter &f = q.filter;
    f.imageType = QStringLiteral("instance_image");
    f.namespaceName = QStringLiteral("ns");
    f.imageName = QStringLiteral("name");
    f.imageVersion = QStringLiteral("tag");
    f.scanStatus = QStringLiteral("waiting_for_scan");
    f.instanceName = QStringLiteral("inst");
    f.instanceId = QStringLiteral("iid");
    f.latestVersion = true;
    f.imageSize = 1048576;
    f.startLatestUpdateTime = 1;
    f.endLatestUpdateTime = 2;
    f.startLatestScanTime = 3;
    f.endLatestScanTime = 4;
    f.hasMaliciousFile = false;
    f.hasUnsafeSetting = true;
    f.hasVul = false;
    q.offset = 400;
    q.limit = 50;
    QVERIFY(q.validate().isEmpty());
    QCOMPARE(RequestSigner::canonicalQuery(q.toQuery()),
             QByteArray("end_latest_scan_time=4&end_latest_update_time=2&has_malicious_file=false"
                        "&has_unsafe_setting=true&has_vul=false&image_name=name&image_size=1048576"
                        "&image_type=instance_image&image_version=tag&instance_id=iid&instance_name=inst"
                        "&latest_version=true&limit=50&namespace=ns&offset=400&scan_status=waiting_for_scan"
                        "&start_latest_scan_time=3&start_latest_update_time=1"));
}

void TestApiTypes::listQueryBounds()
{
    ListSwrImageRepositoryRequest q;
    q.filter.imageType = QStringLiteral("private_image");
    q.limit = 9;
    q.offset = ApiEnums::MaxOffset + 1;
    const FieldErrors errors = q.validate();
    QVERIFY(hasField(errors, QStringLiteral("limit")));
    QVERIFY(hasField(errors, QStringLiteral("offset")));
    q.limit = 200;
    q.offset = ApiEnums::MaxOffset;
    QVERIFY(q.validate().isEmpty());
}

void TestApiTypes::filterValidation()
{
    ImageFilter f;
    QVERIFY(hasField(f.validate(ImageFilter::Use::List), QStringLiteral("image_type")));
    QVERIFY(!hasField(f.validate(ImageFilter::Use::Export), QStringLiteral("image_type")));
    f.imageType = QStringLiteral("local_image");
    QVERIFY(f.validate(ImageFilter::Use::List).isEmpty());
    QVERIFY(hasField(f.validate(ImageFilter::Use::Scan), QStringLiteral("image_type")));
    f.imageType = QStringLiteral("cicd");
    QVERIFY(f.validate(ImageFilter::Use::Export).isEmpty());

    f.imageType = QStringLiteral("private_image");
    f.scanStatus = QStringLiteral("waiting_for_scan");
    QVERIFY(f.validate(ImageFilter::Use::List).isEmpty());
    QVERIFY(hasField(f.validate(ImageFilter::Use::Scan), QStringLiteral("scan_status")));
    f.scanStatus = QStringLiteral("bogus");
    QVERIFY(hasField(f.validate(ImageFilter::Use::List), QStringLiteral("scan_status")));
    f.scanStatus.clear();

    f.imageSize = -1;
    QVERIFY(hasField(f.validate(ImageFilter::Use::List), QStringLiteral("image_size")));
    f.imageSize = ApiEnums::MaxImageSize;
    QVERIFY(f.validate(ImageFilter::Use::List).isEmpty());

    f.startLatestScanTime = 2000;
    f.endLatestScanTime = 1000;
    QVERIFY(hasField(f.validate(ImageFilter::Use::List), QStringLiteral("end_latest_scan_time")));
    f.endLatestScanTime = 2000;
    QVERIFY(f.validate(ImageFilter::Use::List).isEmpty());
    f.endLatestUpdateTime = ApiEnums::MaxTimeMs + 1;
    QVERIFY(hasField(f.validate(ImageFilter::Use::List), QStringLiteral("end_latest_update_time")));
    f.endLatestUpdateTime.reset();

    f.namespaceName = QString(257, QLatin1Char('a'));
    QVERIFY(hasField(f.validate(ImageFilter::Use::List), QStringLiteral("namespace")));
}

void TestApiTypes::filterQueryRoundTrip()
{
    ImageFilter f;
    f.imageType = QStringLiteral("shared_image");
    f.namespaceName = QStringLiteral("安全 团队");
    f.hasVul = true;
    f.imageSize = 10;
    f.endLatestScanTime = 4070880000000LL;
    RequestSigner::QueryList q;
    f.appendQuery(q);
    FieldErrors errors;
    QCOMPARE(ImageFilter::fromQuery(RequestSigner::parseQuery(RequestSigner::canonicalQuery(q)), &errors), f);
    QVERIFY(errors.isEmpty());

    ImageFilter::fromQuery({{QStringLiteral("has_vul"), QStringLiteral("yes")},
                            {QStringLiteral("image_size"), QStringLiteral("1k")}},
                           &errors);
    QVERIFY(hasField(errors, QStringLiteral("has_vul")));
    QVERIFY(hasField(errors, QStringLiteral("image_size")));
}

void TestApiTypes::scanSelectedBody()
{
    BatchScanSwrImageRequest r;
    r.filter.imageType = QStringLiteral("instance_image");
    r.images.append({QStringLiteral("team-a"), QStringLiteral("nginx"), QStringLiteral("1.25"),
                     QStringLiteral("inst-1"), QStringLiteral("https://ee/")});
    r.images.append({QStringLiteral("team-b"), QStringLiteral("redis"), QStringLiteral("7"), {}, {}});
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(compact(r.toJson()),
             QByteArray(R"({"image_info_list":[{"image_name":"nginx","image_version":"1.25","instance_id":"inst-1",)"
                        R"("instance_url":"https://ee/","namespace":"team-a"},{"image_name":"redis","image_version":"7",)"
                        R"("namespace":"team-b"}],"image_type":"instance_image"})"));
    QCOMPARE(BatchScanSwrImageRequest::fromJson(r.toJson()).images, r.images);
}

void TestApiTypes::scanAllBodyKeepsOnlyScanFilters()
{
    BatchScanSwrImageRequest r;
    r.operateAll = true;
    r.filter.imageType = QStringLiteral("private_image");
    r.filter.scanStatus = QStringLiteral("unscan");
    r.filter.hasVul = true;              // not a BatchScanSwrImage field
    r.filter.instanceId = QStringLiteral("x"); // not a BatchScanSwrImage field
    r.filter.startLatestUpdateTime = 1700000000000LL;
    QCOMPARE(compact(r.toJson()),
             QByteArray(R"({"image_type":"private_image","operate_all":true,"scan_status":"unscan",)"
                        R"("start_latest_update_time":1700000000000})"));
}

void TestApiTypes::scanValidation()
{
    BatchScanSwrImageRequest r;
    r.filter.imageType = QStringLiteral("private_image");
    QVERIFY(hasField(r.validate(), QStringLiteral("image_info_list")));
    r.operateAll = true;
    QVERIFY(r.validate().isEmpty());
    r.operateAll.reset();
    r.images.append({QStringLiteral("ns"), QString(), QStringLiteral("v"), {}, {}});
    QVERIFY(hasField(r.validate(), QStringLiteral("image_info_list")));
    r.filter.imageType = QStringLiteral("local_image");
    QVERIFY(hasField(r.validate(), QStringLiteral("image_type")));
}

void TestApiTypes::scanSplit()
{
    BatchScanSwrImageRequest r;
    r.filter.imageType = QStringLiteral("private_image");
    for (int i = 0; i < ApiEnums::MaxScanListItems * 2 + 5; ++i)
        r.images.append({QStringLiteral("ns"), QStringLiteral("n%1").arg(i), QStringLiteral("v"), {}, {}});
    const QList<BatchScanSwrImageRequest> parts = r.split(ApiEnums::MaxScanListItems);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).images.size(), ApiEnums::MaxScanListItems);
    QCOMPARE(parts.at(2).images.size(), 5);
    QCOMPARE(parts.at(2).images.last().imageName, QStringLiteral("n%1").arg(ApiEnums::MaxScanListItems * 2 + 4));
    for (const BatchScanSwrImageRequest &part : parts)
        QVERIFY(part.validate().isEmpty());
}

void TestApiTypes::exportSelectedBody()
{
    BatchExportBaselineTaskRequest r;
    r.exportSize = 2;
    r.operateAll = false;
    r.filter.imageType = QStringLiteral("private_image");
    r.imageIdList = {QStringLiteral("123"), QStringLiteral("456")};
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(compact(r.toJson()),
             QByteArray(R"({"image_id_list":["123","456"],"image_type":"private_image","operate_all":false})"));
    const RequestSigner::QueryList expected{{QStringLiteral("export_size"), QStringLiteral("2")}};
    QCOMPARE(r.toQuery(), expected);
}

void TestApiTypes::exportAllBody()
{
    BatchExportBaselineTaskRequest r;
    r.exportSize = 0; // always sent, even when zero
    r.operateAll = true;
    r.filter.imageType = QStringLiteral("cicd");
    r.filter.hasUnsafeSetting = true;
    r.risky = true;
    r.severityLevel = QStringLiteral("High");
    r.cicdName = QStringLiteral("pipeline");
    r.hasContainer = false;
    r.buildCommandRiskLevel = QStringLiteral("critical");
    r.buildCommandRiskName = QStringLiteral("curl|sh");
    r.buildCommandRuleIdList = {QStringLiteral("r1"), QStringLiteral("r2")};
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(r.toQuery().first().second, QStringLiteral("0"));
    const QJsonObject body = r.toJson();
    QCOMPARE(compact(body),
             QByteArray(R"({"build_command_risk_level":"critical","build_command_risk_name":"curl|sh",)"
                        R"("build_command_rule_id_list":["r1","r2"],"cicd_name":"pipeline","has_container":false,)"
                        R"("has_unsafe_setting":true,"image_type":"cicd","operate_all":true,"risky":true,)"
                        R"("severity_level":"High"})"));
    const BatchExportBaselineTaskRequest back = BatchExportBaselineTaskRequest::fromJson(body);
    QCOMPARE(back.buildCommandRuleIdList, r.buildCommandRuleIdList);
    QCOMPARE(back.filter, r.filter);
    QCOMPARE(back.risky, r.risky);
}

void TestApiTypes::exportValidation()
{
    BatchExportBaselineTaskRequest r;
    r.exportSize = -1;
    QVERIFY(hasField(r.validate(), QStringLiteral("export_size")));
    QVERIFY(hasField(r.validate(), QStringLiteral("image_id_list")));
    r.exportSize = ApiEnums::MaxExportSize + 1;
    QVERIFY(hasField(r.validate(), QStringLiteral("export_size")));
    r.exportSize = ApiEnums::MaxExportSize;
    r.operateAll = true;
    r.severityLevel = QStringLiteral("Critical");
    QVERIFY(hasField(r.validate(), QStringLiteral("severity_level")));
    r.severityLevel.clear();
    r.buildCommandRuleIdList = {QString()};
    QVERIFY(hasField(r.validate(), QStringLiteral("build_command_rule_id_list")));
}

void TestApiTypes::exportResult()
{
    const BatchExportBaselineTaskResponse r =
        BatchExportBaselineTaskResponse::fromJson(parse(R"({"record_total_num": 2, "task_id": "94ad7efb"})"));
    QCOMPARE(r.recordTotalNum, 2);
    QCOMPARE(r.taskId, QStringLiteral("94ad7efb"));
}

void TestApiTypes::exportTask()
{
    ExportTaskInfo t = ExportTaskInfo::fromJson(parse(
        R"({"task_id":"t","task_name":"n","task_status":"success","file_id":"f","file_name":"x.zip"})"));
    QVERIFY(t.isFinal());
    QVERIFY(t.succeeded());
    QCOMPARE(t.fileId, QStringLiteral("f"));
    QCOMPARE(t.fileName, QStringLiteral("x.zip"));
    t = ExportTaskInfo::fromJson(parse(R"({"task_id":"t","task_status":"running"})"));
    QVERIFY(!t.isFinal());
    t = ExportTaskInfo::fromJson(parse(R"({"task_id":"t","task_status":"failure"})"));
    QVERIFY(t.isFinal());
    QVERIFY(!t.succeeded());
}

void TestApiTypes::exportTaskStatus_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<ExportTaskStatus>("status");
    QTest::addColumn<bool>("final");
    QTest::newRow("running") << QStringLiteral("running") << ExportTaskStatus::Running << false;
    QTest::newRow("success") << QStringLiteral("success") << ExportTaskStatus::Success << true;
    QTest::newRow("failure") << QStringLiteral("failure") << ExportTaskStatus::Failure << true;
    // Only the exact spelling counts: a status the app does not know is followed further.
    QTest::newRow("empty") << QString() << ExportTaskStatus::Unknown << false;
    QTest::newRow("other case") << QStringLiteral("Success") << ExportTaskStatus::Unknown << false;
    QTest::newRow("padded") << QStringLiteral(" failure") << ExportTaskStatus::Unknown << false;
    QTest::newRow("new state") << QStringLiteral("canceled") << ExportTaskStatus::Unknown << false;
}

void TestApiTypes::exportTaskStatus()
{
    QFETCH(QString, wire);
    QFETCH(ExportTaskStatus, status);
    QFETCH(bool, final);
    QCOMPARE(parseExportTaskStatus(wire), status);
    QCOMPARE(isFinal(status), final);
    if (status != ExportTaskStatus::Unknown)
        QCOMPARE(QString(exportTaskStatusWire(status)), wire);
    else
        QVERIFY(QString(exportTaskStatusWire(status)).isEmpty());
    // The answer and the stored record decide the same way through the one parse.
    ExportTaskInfo info;
    info.taskStatus = wire;
    QCOMPARE(info.state(), status);
    QCOMPARE(info.isFinal(), final);
    QCOMPARE(info.succeeded(), status == ExportTaskStatus::Success);
    ExportTaskRecord record;
    record.status = wire;
    QCOMPARE(record.state(), status);
    QCOMPARE(record.isFinal(), final);
}

void TestApiTypes::syncResult()
{
    QCOMPARE(RunImageSynchronizeResponse::fromJson(parse(R"({"error_code":0})")).errorCode, 0);
    const RunImageSynchronizeResponse r = RunImageSynchronizeResponse::fromJson(parse(R"({"error_code":3,"error_description":"busy"})"));
    QCOMPARE(r.errorCode, 3);
    QCOMPARE(r.errorDescription, QStringLiteral("busy"));
}

void TestApiTypes::syncTaskRequest()
{
    CreateImageSynchronizeTaskRequest r;
    QCOMPARE(compact(r.toJson()), QByteArray(R"({"sync_all_registries":true})"));
    r.syncAllRegistries = false;
    QVERIFY(hasField(r.validate(), QStringLiteral("registry_info")));
    r.registries.append({QStringLiteral("reg-1"), QStringLiteral("Harbor")});
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(compact(r.toJson()),
             QByteArray(R"({"registry_info":[{"registry_id":"reg-1","registry_type":"Harbor"}],"sync_all_registries":false})"));
    QCOMPARE(CreateImageSynchronizeTaskRequest::fromJson(r.toJson()).registries.first().registryType, QStringLiteral("Harbor"));
    r.registries.append({QStringLiteral("reg-2"), QStringLiteral("Quay")});
    QVERIFY(hasField(r.validate(), QStringLiteral("registry_info")));
}

namespace {

// "" means the answer matches its schema; otherwise the field the first error must name.
void addSchemaColumns()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
}

template<typename T>
void checkSchema()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    FieldErrors errors;
    T::fromJson(QJsonDocument::fromJson(json).object(), &errors);
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).field + QLatin1Char(' ') + errors.value(0).message));
    } else {
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.constFirst().field, field);
        QVERIFY(!errors.constFirst().message.isEmpty());
    }
}

} // namespace

void TestApiTypes::listPageSchema_data()
{
    addSchemaColumns();
    QTest::newRow("valid") << QByteArray(R"({"total_num":1,"data_list":[{"id":123,"image_name":"nginx","vul_num":2,)"
                                         R"("latest_version":true,"association_images":[{"image_name":"a"}]}]})")
                           << QString();
    QTest::newRow("empty page") << QByteArray(R"({"total_num":0,"data_list":[]})") << QString();
    QTest::newRow("{}") << QByteArray("{}") << QStringLiteral("total_num");
    QTest::newRow("total negative") << QByteArray(R"({"total_num":-5,"data_list":[]})") << QStringLiteral("total_num");
    QTest::newRow("total a string") << QByteArray(R"({"total_num":"5","data_list":[]})") << QStringLiteral("total_num");
    QTest::newRow("total a fraction") << QByteArray(R"({"total_num":1.5,"data_list":[]})") << QStringLiteral("total_num");
    QTest::newRow("total huge") << QByteArray(R"({"total_num":1e300,"data_list":[]})") << QStringLiteral("total_num");
    QTest::newRow("list missing") << QByteArray(R"({"total_num":0})") << QStringLiteral("data_list");
    QTest::newRow("list an object") << QByteArray(R"({"total_num":0,"data_list":{}})") << QStringLiteral("data_list");
    QTest::newRow("item not an object") << QByteArray(R"({"total_num":1,"data_list":[7]})") << QStringLiteral("data_list[0]");
    QTest::newRow("item without id") << QByteArray(R"({"total_num":1,"data_list":[{"image_name":"x"}]})")
                                     << QStringLiteral("data_list[0].id");
    QTest::newRow("name a number") << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"image_name":5}]})")
                                   << QStringLiteral("data_list[0].image_name");
    QTest::newRow("flag a string") << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"scannable":"yes"}]})")
                                   << QStringLiteral("data_list[0].scannable");
    QTest::newRow("count negative") << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"vul_num":-1}]})")
                                    << QStringLiteral("data_list[0].vul_num");
    QTest::newRow("association mistyped")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"association_images":[{"scan_status":1}]}]})")
        << QStringLiteral("data_list[0].association_images[0].scan_status");
}

void TestApiTypes::listPageSchema()
{
    checkSchema<ListSwrImageRepositoryResponse>();
}

void TestApiTypes::exportResultSchema_data()
{
    addSchemaColumns();
    QTest::newRow("valid") << QByteArray(R"({"record_total_num":2,"task_id":"94ad7efb"})") << QString();
    QTest::newRow("{}") << QByteArray("{}") << QStringLiteral("task_id");
    QTest::newRow("task_id a number") << QByteArray(R"({"task_id":7,"record_total_num":1})") << QStringLiteral("task_id");
    QTest::newRow("task_id empty") << QByteArray(R"({"task_id":"","record_total_num":1})") << QStringLiteral("task_id");
    QTest::newRow("total missing") << QByteArray(R"({"task_id":"t"})") << QStringLiteral("record_total_num");
    QTest::newRow("total negative") << QByteArray(R"({"task_id":"t","record_total_num":-1})")
                                    << QStringLiteral("record_total_num");
}

void TestApiTypes::exportResultSchema()
{
    checkSchema<BatchExportBaselineTaskResponse>();
}

void TestApiTypes::exportTaskSchema_data()
{
    addSchemaColumns();
    QTest::newRow("running") << QByteArray(R"({"task_id":"t","task_status":"running"})") << QString();
    QTest::newRow("success") << QByteArray(R"({"task_id":"t","task_status":"success","file_id":"f","file_name":"x.zip"})")
                             << QString();
    QTest::newRow("{}") << QByteArray("{}") << QStringLiteral("task_status");
    QTest::newRow("unknown status") << QByteArray(R"({"task_status":"done"})") << QStringLiteral("task_status");
    QTest::newRow("status a number") << QByteArray(R"({"task_status":1})") << QStringLiteral("task_status");
    QTest::newRow("success without file") << QByteArray(R"({"task_status":"success","file_name":"x.zip"})")
                                          << QStringLiteral("file_id");
    QTest::newRow("task_id a number") << QByteArray(R"({"task_id":7,"task_status":"running"})") << QStringLiteral("task_id");
}

void TestApiTypes::exportTaskSchema()
{
    checkSchema<ExportTaskInfo>();
}

void TestApiTypes::syncResultSchema_data()
{
    addSchemaColumns();
    QTest::newRow("ok") << QByteArray(R"({"error_code":0})") << QString();
    QTest::newRow("failure") << QByteArray(R"({"error_code":3,"error_description":"busy"})") << QString();
    QTest::newRow("{}") << QByteArray("{}") << QStringLiteral("error_code");
    QTest::newRow("code a string") << QByteArray(R"({"error_code":"0"})") << QStringLiteral("error_code");
    QTest::newRow("code out of range") << QByteArray(R"({"error_code":-1})") << QStringLiteral("error_code");
    QTest::newRow("description too long") << QByteArray(R"({"error_code":1,"error_description":")" + QByteArray(513, 'x') + "\"}")
                                          << QStringLiteral("error_description");
}

void TestApiTypes::syncResultSchema()
{
    checkSchema<RunImageSynchronizeResponse>();
}

void TestApiTypes::statisticRequest()
{
    ShowImageSecurityReportStatisticRequest r;
    r.body.operateAll = true;
    r.body.filter.imageType = QStringLiteral("private_image");
    r.body.hasContainer = true;
    r.body.exportSize = 5; // not part of this call
    QCOMPARE(r.toQuery(), (RequestSigner::QueryList{{QStringLiteral("security_report_type"), QStringLiteral("risk-config")}}));
    QCOMPARE(r.toJson(), r.body.toJson()); // the export's own body
    QVERIFY(r.validate().isEmpty());
    r.body.exportSize = -1; // the export's size rule does not apply here
    QVERIFY(r.validate().isEmpty());

    const ShowImageSecurityReportStatisticRequest back = ShowImageSecurityReportStatisticRequest::fromQueryAndJson(r.toQuery(), r.toJson());
    QCOMPARE(back.securityReportType, QStringLiteral("risk-config"));
    QCOMPARE(back.body.toJson(), r.toJson());

    r.securityReportType = QStringLiteral("risk");
    QCOMPARE(r.validate().first().field, QStringLiteral("security_report_type"));
    r.securityReportType.clear();
    QCOMPARE(r.validate().first().field, QStringLiteral("security_report_type"));
    ShowImageSecurityReportStatisticRequest selection;
    QCOMPARE(selection.validate().first().field, QStringLiteral("image_id_list"));
    QCOMPARE(ShowImageSecurityReportStatisticRequest::reportTypes().size(), 8);
}

void TestApiTypes::statisticAnswerIsChecked()
{
    const auto counted = [](const char *json) {
        FieldErrors errors;
        const qint64 total = ShowImageSecurityReportStatisticResponse::fromJson(parse(json), &errors).totalNum;
        return errors.isEmpty() ? total : -1;
    };
    QCOMPARE(counted(R"({"total_num": 39})"), 39);
    QCOMPARE(counted(R"({"total_num": 2147483647})"), 2147483647LL);
    QCOMPARE(counted(R"({"total_num": 0})"), 0);
    for (const char *bad : {R"({})", R"({"total_num": "39"})", R"({"total_num": -1})", R"({"total_num": 1.5})",
                            R"({"total_num": 2147483648})", R"({"total_num": null})"})
        QVERIFY2(counted(bad) == -1, bad);
    QCOMPARE(ShowImageSecurityReportStatisticResponse{12}.toJson(), parse(R"({"total_num": 12})"));
}

QTEST_GUILESS_MAIN(TestApiTypes)
#include "tst_apitypes.moc"
