#include "ui/exports/exportdialog.h"
#include "ui_exportdialog.h"

#include "app/api/apienums.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/exportscope.h"
#include "app/api/showimagesecurityreportstatisticrequest.h"
#include "app/exports/exporttaskmanager.h"
#include "app/net/hssclient.h"
#include "ui/images/imagelabels.h"

#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>

namespace {

void fillTriState(QComboBox *box)
{
    box->addItem(ExportDialog::tr("Any"));
    box->addItem(ExportDialog::tr("Yes"), true);
    box->addItem(ExportDialog::tr("No"), false);
}

std::optional<bool> triState(const QComboBox *box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void fillChoices(QComboBox *box, const QStringList &values)
{
    box->addItem(ExportDialog::tr("Any"));
    for (const QString &v : values)
        box->addItem(v, v);
}

const char kInvalidProperty[] = "hssInvalid";

// What the record count depends on: the body, not export_size.
QByteArray countKey(const BatchExportBaselineTaskRequest &request)
{
    return QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

ExportDialog::ExportDialog(const QList<ImageInfo> &selected, const ImageFilter &filter, qint64 matchingCount,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_selected(selected)
    , m_filter(filter)
    , m_selectedType(filter.imageType)
{
    // The rows come from one list call, so they share one type; older answers may leave it
    // out, and then the list's own filter says which it was.
    for (const ImageInfo &image : selected) {
        if (!image.imageType.isEmpty()) {
            m_selectedType = image.imageType;
            break;
        }
    }

    m_selectedLocal = m_selectedType == QLatin1String("local_image");

    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_ui->errorLabel->hide();
    // Typing in a filter would otherwise ask the service once per key.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(250);
    connect(&m_countTimer, &QTimer::timeout, this, &ExportDialog::count);
    m_ui->selectedRadioButton->setText(tr("The %Ln selected image(s)", nullptr, int(selected.size())));
    // A negative count means the list has not said how many match (still loading, or failed).
    m_ui->allRadioButton->setText(matchingCount < 0
                                      ? tr("All images matching the current filters")
                                      : tr("All %Ln image(s) matching the current filters", nullptr,
                                           int(qMin<qint64>(matchingCount, INT_MAX))));

    for (const QString &type : ApiEnums::exportImageTypes())
        m_ui->imageTypeComboBox->addItem(ImageLabels::imageType(type), type);
    const int typeIndex = m_ui->imageTypeComboBox->findData(filter.imageType);
    m_ui->imageTypeComboBox->setCurrentIndex(qMax(0, typeIndex));
    fillTriState(m_ui->riskyComboBox);
    fillTriState(m_ui->hasContainerComboBox);
    fillChoices(m_ui->severityComboBox, ApiEnums::severityLevels());
    fillChoices(m_ui->riskLevelComboBox, ApiEnums::buildCommandRiskLevels());

    // Widgets carry their API field, so an error from validate() lands on the right one.
    m_ui->exportSizeLineEdit->setProperty("apiField", QStringLiteral("export_size"));
    m_ui->imageTypeComboBox->setProperty("apiField", QStringLiteral("image_type"));
    m_ui->riskyComboBox->setProperty("apiField", QStringLiteral("risky"));
    m_ui->severityComboBox->setProperty("apiField", QStringLiteral("severity_level"));
    m_ui->hasContainerComboBox->setProperty("apiField", QStringLiteral("has_container"));
    m_ui->cicdNameLineEdit->setProperty("apiField", QStringLiteral("cicd_name"));
    m_ui->riskLevelComboBox->setProperty("apiField", QStringLiteral("build_command_risk_level"));
    m_ui->riskNameLineEdit->setProperty("apiField", QStringLiteral("build_command_risk_name"));
    m_ui->ruleIdsLineEdit->setProperty("apiField", QStringLiteral("build_command_rule_id_list"));
    m_ui->selectedRadioButton->setProperty("apiField", QStringLiteral("image_id_list"));

    connect(m_ui->selectedRadioButton, &QRadioButton::toggled, this, &ExportDialog::updateScope);
    // Once the analyst typed a size, switching scope no longer replaces it.
    connect(m_ui->exportSizeLineEdit, &QLineEdit::textEdited, this, [this] { m_sizeEdited = true; });
    const auto edits = {m_ui->exportSizeLineEdit, m_ui->cicdNameLineEdit, m_ui->riskNameLineEdit, m_ui->ruleIdsLineEdit};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::updateSummary);
    const auto boxes = {m_ui->imageTypeComboBox, m_ui->riskyComboBox, m_ui->severityComboBox,
                        m_ui->hasContainerComboBox, m_ui->riskLevelComboBox};
    for (QComboBox *box : boxes)
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSummary);

    if (selected.isEmpty()) {
        m_ui->selectedRadioButton->setEnabled(false);
        m_ui->allRadioButton->setChecked(true);
    }
    updateScope();
    showCount();
}

ExportDialog::~ExportDialog()
{
    if (m_countReply) {
        m_countReply->disconnect(this);
        m_countReply->cancel();
        m_countReply->deleteLater();
    }
}

void ExportDialog::setRecordCounter(HssClient *client)
{
    m_client = client;
    m_countedKey.clear();
    scheduleCount();
    // The first count need not wait for typing to settle.
    m_countTimer.stop();
    count();
}

void ExportDialog::setManager(ExportTaskManager *manager)
{
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (!manager)
        return;
    connect(manager, &ExportTaskManager::submitted, this, [this] {
        if (m_submitting)
            onSubmitEnded({});
    });
    connect(manager, &ExportTaskManager::submitFailed, this, [this](const HssError &error) {
        if (m_submitting)
            onSubmitEnded(error);
    });
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Selected ? m_ui->selectedRadioButton : m_ui->allRadioButton)->setChecked(true);
    updateScope();
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_ui->allRadioButton->isChecked() ? Scope::AllMatching : Scope::Selected;
}

void ExportDialog::updateScope()
{
    const bool all = scope() == Scope::AllMatching;
    const QList<QWidget *> allOnly = {m_ui->riskyComboBox,     m_ui->severityComboBox, m_ui->hasContainerComboBox,
                                      m_ui->cicdNameLineEdit,  m_ui->riskLevelComboBox, m_ui->riskNameLineEdit,
                                      m_ui->ruleIdsLineEdit};
    for (QWidget *w : allOnly)
        w->setEnabled(all);
    // image_id_list holds list ids, which name images only within the selection's own type:
    // that type goes with them and cannot be changed. "All matching" may export any type, and
    // gets back the choice made there.
    QComboBox *types = m_ui->imageTypeComboBox;
    if (all && !types->isEnabled()) {
        types->setCurrentIndex(qMax(0, types->findData(m_allMatchingType)));
    } else if (!all && types->isEnabled()) {
        m_allMatchingType = types->currentData().toString();
        types->setCurrentIndex(qMax(0, types->findData(m_selectedType)));
    }
    types->setEnabled(all);
    updateSummary();
}

BatchExportBaselineTaskRequest ExportDialog::request() const
{
    BatchExportBaselineTaskRequest r;
    collectErrors(&r);
    return r;
}

FieldErrors ExportDialog::collectErrors(BatchExportBaselineTaskRequest *request) const
{
    FieldErrors errors;
    BatchExportBaselineTaskRequest &r = *request;
    const bool all = scope() == Scope::AllMatching;
    r.operateAll = all;
    if (all) {
        r.filter = m_filter;
        r.risky = triState(m_ui->riskyComboBox);
        r.hasContainer = triState(m_ui->hasContainerComboBox);
        r.severityLevel = m_ui->severityComboBox->currentData().toString();
        r.cicdName = m_ui->cicdNameLineEdit->text().trimmed();
        r.buildCommandRiskLevel = m_ui->riskLevelComboBox->currentData().toString();
        r.buildCommandRiskName = m_ui->riskNameLineEdit->text().trimmed();
        const QStringList ids = m_ui->ruleIdsLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            const QString trimmed = id.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (trimmed.size() > 200)
                errors.append({QStringLiteral("build_command_rule_id_list"),
                               tr("a rule id is longer than %n character(s)", nullptr, 200)});
            r.buildCommandRuleIdList.append(trimmed);
        }
    } else {
        for (const ImageInfo &image : m_selected) {
            if (!m_selectedLocal) {
                r.imageIdList.append(QString::number(image.id));
            } else if (image.imageId.isEmpty()) {
                errors.append({QStringLiteral("image_id_list"),
                               tr("the local image %1 has no image_id; refresh the list").arg(image.imageName)});
                break;
            } else {
                r.imageIdList.append(image.imageId);
            }
        }
    }
    r.filter.imageType = all ? m_ui->imageTypeComboBox->currentData().toString() : m_selectedType;

    bool ok = false;
    r.exportSize = m_ui->exportSizeLineEdit->text().trimmed().toLongLong(&ok);
    if (!ok && m_countPending && m_ui->exportSizeLineEdit->text().trimmed().isEmpty())
        errors.append({QStringLiteral("export_size"),
                       tr("is not known yet: the records are still being counted; wait or type a size")});
    else if (!ok)
        errors.append({QStringLiteral("export_size"), tr("must be a whole number from 0 to %1")
                                                          .arg(ApiEnums::MaxExportSize)});
    for (const FieldError &e : r.validate()) {
        if (!(e.field == QLatin1String("export_size") && !ok))
            errors.append(e);
    }
    return errors;
}

QString ExportDialog::summary() const
{
    const BatchExportBaselineTaskRequest r = request();
    return tr("Will export: %1; %2: %3.")
        .arg(ExportScope::describe(r, &ImageLabels::filter), ImageLabels::fieldName(QStringLiteral("export_size")),
             QLocale().toString(r.exportSize));
}

void ExportDialog::updateSummary()
{
    m_ui->summaryLabel->setText(summary());
    scheduleCount();
    // Once errors are shown, they clear as soon as the value is fixed.
    if (!m_errors.isEmpty()) {
        BatchExportBaselineTaskRequest r;
        markErrors(collectErrors(&r));
    }
}

QWidget *ExportDialog::widgetFor(const QString &field) const
{
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->property("apiField").toString() == field)
            return w;
    }
    return nullptr;
}

void ExportDialog::markErrors(const FieldErrors &errors)
{
    m_errors = errors;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->property(kInvalidProperty).toBool()) {
            w->setProperty(kInvalidProperty, false);
            w->setStyleSheet(QString());
            w->setToolTip(QString());
            w->setAccessibleDescription(QString());
        }
    }
    QStringList lines;
    for (const FieldError &e : errors) {
        lines.append(tr("%1: %2").arg(ImageLabels::fieldName(e.field), e.message));
        if (QWidget *w = widgetFor(e.field)) {
            w->setProperty(kInvalidProperty, true);
            w->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
            w->setToolTip(e.message);
            w->setAccessibleDescription(e.message);
        }
    }
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_ui->errorLabel->setVisible(!errors.isEmpty());
}

bool ExportDialog::isFieldMarked(const QString &field) const
{
    const QWidget *w = widgetFor(field);
    return w && w->property(kInvalidProperty).toBool();
}

void ExportDialog::scheduleCount()
{
    if (!m_client)
        return;
    BatchExportBaselineTaskRequest r;
    collectErrors(&r);
    const QByteArray key = countKey(r);
    if (key == m_countedKey)
        return;
    m_countedKey = key;
    if (m_countReply) {
        m_countReply->disconnect(this);
        m_countReply->cancel();
        m_countReply->deleteLater();
    }
    // The count for the previous choice must not stay in the size field meanwhile.
    m_recordCount = -1;
    m_countError = HssError();
    m_countPending = true;
    m_countTimer.start();
    showCount();
}

void ExportDialog::count()
{
    if (!m_client)
        return;
    ShowImageSecurityReportStatisticRequest request;
    collectErrors(&request.body);
    auto *reply = m_client->send(request);
    m_countReply = reply;
    connect(reply, &HssReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_countReply)
            return;
        m_countReply = nullptr;
        m_countPending = false;
        if (reply->isOk())
            m_recordCount = reply->response().totalNum;
        else
            m_countError = reply->error();
        showCount();
        if (m_recordCount >= 0)
            emit recordCountChanged(m_recordCount);
    });
}

void ExportDialog::showCount()
{
    QString text;
    if (!m_client)
        text = tr("not counted; type the export size");
    else if (m_countPending)
        text = tr("counting…");
    else if (m_recordCount >= 0)
        text = tr("%Ln record(s)", nullptr, int(qMin<qint64>(m_recordCount, INT_MAX)));
    else
        text = tr("unknown (%1); type the export size").arg(m_countError.toString());
    m_ui->recordCountLabel->setText(text);
    // The size follows the count until the analyst types one: a stale or missing count must
    // not stay in the field and silently cut the file short.
    if (!m_sizeEdited)
        m_ui->exportSizeLineEdit->setText(m_recordCount >= 0 ? QString::number(m_recordCount) : QString());
}

void ExportDialog::accept()
{
    if (m_submitting)
        return;
    BatchExportBaselineTaskRequest r;
    const FieldErrors errors = collectErrors(&r);
    markErrors(errors);
    if (!errors.isEmpty())
        return;
    emit exportRequested(r);
    if (!m_manager) {
        QDialog::accept();
        return;
    }
    m_submitting = true;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->errorLabel->setText(tr("Sending the export…"));
    m_ui->errorLabel->setStyleSheet(QString());
    m_ui->errorLabel->show();
    m_manager->submit(r);
}

void ExportDialog::onSubmitEnded(const HssError &error)
{
    m_submitting = false;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!error.isError()) {
        m_ui->errorLabel->hide();
        QDialog::accept();
        return;
    }
    showSubmitError(error);
}

void ExportDialog::showSubmitError(const HssError &error)
{
    markErrors(error.fieldErrors);
    QString text;
    if (error.kind == HssError::Kind::Network || error.kind == HssError::Kind::Timeout)
        text = tr("No answer came, so the export may or may not have started: %1\nCheck the export "
                  "tasks and the action log before pressing Export again.")
                   .arg(error.toString());
    else
        text = tr("The export was not started: %1").arg(error.toString());
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_ui->errorLabel->show();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
}
