#pragma once

#include "app/results/ziparchive.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStringListModel;
class QTableView;
class ResultTableModel;

// Opens a downloaded export inside the app: the ZIP's members on the left, a CSV or XLSX
// member on the right as a table to sort by any column and filter by text.
class ResultViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ResultViewer(QWidget *parent = nullptr);
    ~ResultViewer() override;

    bool openArchive(const QString &path);
    bool showMember(const QString &name);
    void setFilterText(const QString &text);

    QString archivePath() const { return m_path; }
    QStringList memberNames() const;
    QString currentMember() const { return m_member; }
    QString errorString() const { return m_error; }
    // What the table shows now: all rows of the member, and those the filter lets through.
    int rowCount() const;
    int visibleRowCount() const;
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    ResultTableModel *tableModel() const { return m_model; }

private:
    void onMemberActivated();
    void showError(const QString &message);
    void updateStatus();

    ZipArchive m_zip;
    QString m_path;
    QString m_member;
    QString m_error;
    QStringListModel *m_members;
    ResultTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_memberView;
    QTableView *m_tableView;
    QLineEdit *m_filterEdit;
    QLabel *m_statusLabel;
};
