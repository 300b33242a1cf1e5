#pragma once

#include "app/api/imagefilter.h"

#include <QWidget>

#include <memory>

class QSettings;

namespace Ui {
class ImageFilterForm;
}

// Every ListSwrImageRepository filter as a form. The form maps itself to an ImageFilter,
// marks what the API would refuse next to the field that holds it, and emits `applied` only
// with a filter that passed validation, so nothing invalid is ever sent.
class ImageFilterForm : public QWidget
{
    Q_OBJECT

public:
    enum SizeUnit { Bytes, KiloBytes, MegaBytes, GigaBytes };
    Q_ENUM(SizeUnit)

    explicit ImageFilterForm(QWidget *parent = nullptr);
    ~ImageFilterForm() override;

    // What the form currently says; `errors` receives what cannot even be mapped (a size that
    // is not a number), before the API's own rules are checked.
    ImageFilter filter(FieldErrors *errors = nullptr) const;
    FieldErrors validate() const;
    void setFilter(const ImageFilter &filter);

    void showFieldErrors(const FieldErrors &errors);
    void clearFieldErrors();
    QWidget *widgetForField(const QString &field) const;

    // Raw widget state, including values not yet applied, under the settings' current group.
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    bool apply();
    void reset();

signals:
    void applied(const ImageFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateInstanceFields();
    QString labelForField(const QString &field) const;

    std::unique_ptr<Ui::ImageFilterForm> m_ui;
};
