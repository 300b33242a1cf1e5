#pragma once

#include <QTableView>

class QAbstractProxyModel;
class QLabel;

// The image table: rows selected as a whole, columns chosen from the header's context menu,
// and the selection copied as tab-separated text in the visible column order.
class ImageTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ImageTableView(QWidget *parent = nullptr);

    // Rows of the source model behind the (sorted, filtered) view, in view order.
    QList<int> selectedSourceRows() const;
    QString selectionAsTsv() const;
    void selectSourceRows(const QList<int> &rows);

    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    void showDefaultColumns();
    // Said over the empty table (e.g. that no image matches), so an empty list is never
    // mistaken for one still loading or broken; empty text hides it.
    void setEmptyText(const QString &text);
    QString emptyText() const;

public slots:
    void copySelection();

private:
    void showHeaderMenu(const QPoint &pos);
    const QAbstractProxyModel *proxy() const;

    QLabel *m_emptyLabel = nullptr;
};
