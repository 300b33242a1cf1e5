#include "ui/images/imagefilterform.h"
#include "ui_imagefilterform.h"

#include "app/api/apienums.h"
#include "ui/images/imagelabels.h"

#include <QKeyEvent>
#include <QLocale>
#include <QSettings>

#include <cmath>

namespace {

const char kInvalidProperty[] = "hssInvalid";
const char kPlainToolTipProperty[] = "hssPlainToolTip";

struct FieldWidget
{
    const char *field;
    const char *widget;
};

const FieldWidget kFieldWidgets[] = {
    {"image_type", "imageTypeComboBox"},
    {"namespace", "namespaceLineEdit"},
    {"image_name", "imageNameLineEdit"},
    {"image_version", "imageVersionLineEdit"},
    {"scan_status", "scanStatusComboBox"},
    {"latest_version", "latestVersionCheckBox"},
    {"instance_name", "instanceNameLineEdit"},
    {"instance_id", "instanceIdLineEdit"},
    {"image_size", "imageSizeLineEdit"},
    {"start_latest_update_time", "updateFromEdit"},
    {"end_latest_update_time", "updateToEdit"},
    {"start_latest_scan_time", "scanFromEdit"},
    {"end_latest_scan_time", "scanToEdit"},
    {"has_vul", "hasVulComboBox"},
    {"has_malicious_file", "hasMaliciousFileComboBox"},
    {"has_unsafe_setting", "hasUnsafeSettingComboBox"},
};

std::optional<bool> triState(const QComboBox *box)
{
    const QString value = box->currentData().toString();
    if (value.isEmpty())
        return std::nullopt;
    return value == QLatin1String("true");
}

void setTriState(QComboBox *box, const std::optional<bool> &value)
{
    const QString data = !value ? QString() : *value ? QStringLiteral("true") : QStringLiteral("false");
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

void selectData(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

std::optional<qint64> timeOf(const QCheckBox *enabled, const QDateTimeEdit *edit)
{
    if (!enabled->isChecked())
        return std::nullopt;
    // The editor shows whole seconds; milliseconds it keeps from "now" would be sent unseen.
    const qint64 ms = edit->dateTime().toMSecsSinceEpoch();
    return ms - ms % 1000;
}

void setTime(QCheckBox *enabled, QDateTimeEdit *edit, const std::optional<qint64> &ms)
{
    enabled->setChecked(ms.has_value());
    if (ms)
        edit->setDateTime(QDateTime::fromMSecsSinceEpoch(*ms));
}

qint64 unitFactor(int unit)
{
    return qint64(1) << (10 * unit);
}

QString unitName(int unit)
{
    switch (unit) {
    case ImageFilterForm::KiloBytes: return ImageFilterForm::tr("KB");
    case ImageFilterForm::MegaBytes: return ImageFilterForm::tr("MB");
    case ImageFilterForm::GigaBytes: return ImageFilterForm::tr("GB");
    default: return ImageFilterForm::tr("B");
    }
}

QString sizeRangeError(int unit)
{
    // Rounded down, so the largest value named is one the API accepts.
    const double largest = std::floor(double(ApiEnums::MaxImageSize) * 100 / double(unitFactor(unit))) / 100;
    return ImageFilterForm::tr("must be between 0 and %1 %2")
        .arg(QLocale().toString(largest, 'f', unit == ImageFilterForm::Bytes ? 0 : 2), unitName(unit));
}

} // namespace

ImageFilterForm::ImageFilterForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImageFilterForm>())
{
    m_ui->setupUi(this);

    for (const QString &type : ApiEnums::listImageTypes())
        m_ui->imageTypeComboBox->addItem(ImageLabels::imageType(type), type);

    m_ui->scanStatusComboBox->addItem(tr("Any"), QString());
    for (const QString &status : ApiEnums::listScanStatuses())
        m_ui->scanStatusComboBox->addItem(ImageLabels::scanStatus(status), status);

    for (int unit : {Bytes, KiloBytes, MegaBytes, GigaBytes})
        m_ui->imageSizeUnitComboBox->addItem(unitName(unit), unit);
    m_ui->imageSizeLineEdit->setToolTip(tr("Image size; 1 KB = 1024 bytes"));

    for (QComboBox *box : {m_ui->hasVulComboBox, m_ui->hasMaliciousFileComboBox,
                           m_ui->hasUnsafeSettingComboBox}) {
        box->addItem(tr("Any"), QString());
        box->addItem(tr("Yes"), QStringLiteral("true"));
        box->addItem(tr("No"), QStringLiteral("false"));
    }

    for (QDateTimeEdit *edit : {m_ui->updateFromEdit, m_ui->updateToEdit, m_ui->scanFromEdit, m_ui->scanToEdit})
        edit->installEventFilter(this);

    connect(m_ui->imageTypeComboBox, &QComboBox::currentIndexChanged, this,
            &ImageFilterForm::updateInstanceFields);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ImageFilterForm::apply);
    // Reset means "show me everything again": a reset form that is not applied would leave the
    // table showing what the form no longer says.
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        reset();
        apply();
    });
    reset();
}

ImageFilterForm::~ImageFilterForm() = default;

void ImageFilterForm::updateInstanceFields()
{
    const bool enterprise =
        m_ui->imageTypeComboBox->currentData().toString() == QLatin1String("instance_image");
    m_ui->instanceNameLineEdit->setEnabled(enterprise);
    m_ui->instanceIdLineEdit->setEnabled(enterprise);
    const QString why = enterprise ? QString() : tr("Only for enterprise instance images");
    m_ui->instanceNameLineEdit->setPlaceholderText(enterprise ? tr("Any") : why);
    m_ui->instanceIdLineEdit->setPlaceholderText(enterprise ? tr("Any") : why);
}

ImageFilter ImageFilterForm::filter(FieldErrors *errors) const
{
    ImageFilter f;
    f.imageType = m_ui->imageTypeComboBox->currentData().toString();
    f.namespaceName = m_ui->namespaceLineEdit->text().trimmed();
    f.imageName = m_ui->imageNameLineEdit->text().trimmed();
    f.imageVersion = m_ui->imageVersionLineEdit->text().trimmed();
    f.scanStatus = m_ui->scanStatusComboBox->currentData().toString();
    if (m_ui->latestVersionCheckBox->isChecked())
        f.latestVersion = true;
    if (f.imageType == QLatin1String("instance_image")) {
        f.instanceName = m_ui->instanceNameLineEdit->text().trimmed();
        f.instanceId = m_ui->instanceIdLineEdit->text().trimmed();
    }

    const QString sizeText = m_ui->imageSizeLineEdit->text().trimmed();
    if (!sizeText.isEmpty()) {
        bool ok = false;
        double value = locale().toDouble(sizeText, &ok);
        if (!ok)
            value = QLocale::c().toDouble(sizeText, &ok);
        const int unit = m_ui->imageSizeUnitComboBox->currentData().toInt();
        const double bytes = value * double(unitFactor(unit));
        if (ok && std::isfinite(value) && bytes >= 0 && bytes <= double(ApiEnums::MaxImageSize)) {
            f.imageSize = std::llround(bytes);
        } else if (ok && std::isfinite(value)) {
            // Said in the unit typed: "at most 2147483547 bytes" means little to whoever typed GB.
            if (errors)
                errors->append({QStringLiteral("image_size"), sizeRangeError(unit)});
        } else if (errors) {
            errors->append({QStringLiteral("image_size"), tr("must be a number")});
        }
    }

    f.startLatestUpdateTime = timeOf(m_ui->updateFromCheckBox, m_ui->updateFromEdit);
    f.endLatestUpdateTime = timeOf(m_ui->updateToCheckBox, m_ui->updateToEdit);
    f.startLatestScanTime = timeOf(m_ui->scanFromCheckBox, m_ui->scanFromEdit);
    f.endLatestScanTime = timeOf(m_ui->scanToCheckBox, m_ui->scanToEdit);
    f.hasVul = triState(m_ui->hasVulComboBox);
    f.hasMaliciousFile = triState(m_ui->hasMaliciousFileComboBox);
    f.hasUnsafeSetting = triState(m_ui->hasUnsafeSettingComboBox);
    return f;
}

FieldErrors ImageFilterForm::validate() const
{
    FieldErrors errors;
    const ImageFilter f = filter(&errors);
    errors += f.validate(ImageFilter::Use::List);
    return errors;
}

void ImageFilterForm::setFilter(const ImageFilter &f)
{
    selectData(m_ui->imageTypeComboBox, f.imageType);
    m_ui->namespaceLineEdit->setText(f.namespaceName);
    m_ui->imageNameLineEdit->setText(f.imageName);
    m_ui->imageVersionLineEdit->setText(f.imageVersion);
    m_ui->scanStatusComboBox->setCurrentIndex(
        std::max(0, m_ui->scanStatusComboBox->findData(f.scanStatus)));
    m_ui->latestVersionCheckBox->setChecked(f.latestVersion.value_or(false));
    m_ui->instanceNameLineEdit->setText(f.instanceName);
    m_ui->instanceIdLineEdit->setText(f.instanceId);

    // Show a size in the largest unit that keeps it whole, as the analyst would have typed it.
    int unit = Bytes;
    if (f.imageSize && *f.imageSize > 0) {
        while (unit < GigaBytes && *f.imageSize % unitFactor(unit + 1) == 0)
            ++unit;
    }
    m_ui->imageSizeUnitComboBox->setCurrentIndex(unit);
    m_ui->imageSizeLineEdit->setText(
        f.imageSize ? QString::number(*f.imageSize / unitFactor(unit)) : QString());

    setTime(m_ui->updateFromCheckBox, m_ui->updateFromEdit, f.startLatestUpdateTime);
    setTime(m_ui->updateToCheckBox, m_ui->updateToEdit, f.endLatestUpdateTime);
    setTime(m_ui->scanFromCheckBox, m_ui->scanFromEdit, f.startLatestScanTime);
    setTime(m_ui->scanToCheckBox, m_ui->scanToEdit, f.endLatestScanTime);
    setTriState(m_ui->hasVulComboBox, f.hasVul);
    setTriState(m_ui->hasMaliciousFileComboBox, f.hasMaliciousFile);
    setTriState(m_ui->hasUnsafeSettingComboBox, f.hasUnsafeSetting);
    updateInstanceFields();
}

QWidget *ImageFilterForm::widgetForField(const QString &field) const
{
    for (const FieldWidget &fw : kFieldWidgets) {
        if (field == QLatin1String(fw.field))
            return findChild<QWidget *>(QLatin1String(fw.widget));
    }
    return nullptr;
}

QString ImageFilterForm::labelForField(const QString &field) const
{
    const QWidget *w = widgetForField(field);
    return w ? w->accessibleName() : field;
}

void ImageFilterForm::showFieldErrors(const FieldErrors &errors)
{
    clearFieldErrors();
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        const QString line = tr("%1: %2").arg(labelForField(e.field), e.message);
        lines.append(line);
        QWidget *w = widgetForField(e.field);
        if (!w)
            continue;
        if (!w->property(kInvalidProperty).toBool()) {
            w->setProperty(kPlainToolTipProperty, w->toolTip());
            w->setProperty(kInvalidProperty, true);
            w->setStyleSheet(QStringLiteral("border: 2px solid #c62828;"));
            w->setToolTip(e.message);
        } else {
            w->setToolTip(w->toolTip() + QLatin1Char('\n') + e.message);
        }
        w->setAccessibleDescription(w->toolTip());
        if (!first)
            first = w;
    }
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!lines.isEmpty());
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void ImageFilterForm::clearFieldErrors()
{
    for (const FieldWidget &fw : kFieldWidgets) {
        QWidget *w = findChild<QWidget *>(QLatin1String(fw.widget));
        if (!w || !w->property(kInvalidProperty).toBool())
            continue;
        w->setProperty(kInvalidProperty, false);
        w->setStyleSheet(QString());
        w->setToolTip(w->property(kPlainToolTipProperty).toString());
        w->setAccessibleDescription(QString());
    }
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

bool ImageFilterForm::apply()
{
    const FieldErrors errors = validate();
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        return false;
    }
    clearFieldErrors();
    emit applied(filter());
    return true;
}

void ImageFilterForm::reset()
{
    ImageFilter defaults;
    defaults.imageType = QStringLiteral("private_image");
    setFilter(defaults);
    // Sensible starting points for when a range is switched on: the last 30 days.
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    const QDateTime from = now.addDays(-30);
    m_ui->updateFromEdit->setDateTime(from);
    m_ui->scanFromEdit->setDateTime(from);
    m_ui->updateToEdit->setDateTime(now);
    m_ui->scanToEdit->setDateTime(now);
    clearFieldErrors();
}

bool ImageFilterForm::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QDateTimeEdit *>(watched);
    if (edit && event->type() == QEvent::KeyPress) {
        const QString typed = static_cast<QKeyEvent *>(event)->text();
        const auto *line = edit->findChild<QLineEdit *>();
        if (line && typed.size() == 1 && typed.at(0).isPrint() && !typed.at(0).isDigit()) {
            // A full section moves the editor on by itself; the separator typed next would
            // then skip a section (":" in "07:08" jumped from the minutes to the seconds).
            const int at = line->hasSelectedText() ? line->selectionStart() : line->cursorPosition();
            if (at > 0 && line->text().at(at - 1) == typed.at(0))
                return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ImageFilterForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        apply();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ImageFilterForm::saveState(QSettings &settings) const
{
    const auto children = findChildren<QWidget *>();
    for (const QWidget *w : children) {
        const QString key = w->objectName();
        if (key.isEmpty() || key.startsWith(QLatin1String("qt_")))
            continue;
        if (const auto *box = qobject_cast<const QComboBox *>(w))
            settings.setValue(key, box->currentData().toString());
        else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            settings.setValue(key, edit->text());
        else if (const auto *check = qobject_cast<const QCheckBox *>(w))
            settings.setValue(key, check->isChecked());
        else if (const auto *time = qobject_cast<const QDateTimeEdit *>(w))
            settings.setValue(key, time->dateTime().toMSecsSinceEpoch());
    }
}

void ImageFilterForm::restoreState(QSettings &settings)
{
    reset();
    const auto children = findChildren<QWidget *>();
    for (QWidget *w : children) {
        const QString key = w->objectName();
        if (key.isEmpty() || !settings.contains(key))
            continue;
        const QVariant value = settings.value(key);
        if (auto *box = qobject_cast<QComboBox *>(w)) {
            // Settings files give every value back as text, so compare item data as text.
            for (int i = 0; i < box->count(); ++i) {
                if (box->itemData(i).toString() == value.toString())
                    box->setCurrentIndex(i);
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setText(value.toString());
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            check->setChecked(value.toBool());
        } else if (auto *time = qobject_cast<QDateTimeEdit *>(w)) {
            time->setDateTime(QDateTime::fromMSecsSinceEpoch(value.toLongLong()));
        }
    }
    updateInstanceFields();
}
