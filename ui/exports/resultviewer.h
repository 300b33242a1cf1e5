#pragma once

#include "app/results/resultloader.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStringListModel;
class QTableView;
class ResultProxyModel;
class ResultTableModel;

// Opens a downloaded export inside the app: the ZIP's members on the left, a CSV or XLSX
// member on the right as a table to sort by any column and filter column by column. Reading
// and parsing happen on a worker thread; the window shows "Reading…" meanwhile and stays
// responsive, and closing it cancels the read.
class ResultViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ResultViewer(QWidget *parent = nullptr);
    ~ResultViewer() override;

    // Both start reading and return at once; loadFinished() tells how it went.
    void openArchive(const QString &path);
    void showMember(const QString &name);
    void setColumnFilter(int column, const QString &text);
    // The filter field above a column of the table, for the user to type into.
    QLineEdit *columnFilterEdit(int column) const { return m_filterEdits.value(column); }

    bool isReading() const { return m_watcher.isRunning(); }
    QString archivePath() const { return m_path; }
    QStringList memberNames() const;
    QString currentMember() const { return m_member; }
    QString errorString() const { return m_error; }
    QString statusText() const;
    // What the table shows now: all rows of the member, and those the filters let through.
    int rowCount() const;
    int visibleRowCount() const;
    ResultProxyModel *proxyModel() const { return m_proxy; }
    ResultTableModel *tableModel() const { return m_model; }

signals:
    void loadFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void startLoading(const QString &member);
    void onLoaded();
    void onMemberActivated();
    void rebuildFilterRow();
    void placeFilterRow();
    void fitToScreen();
    void showError(const QString &message);
    void updateStatus();

    QFutureWatcher<ResultLoader::Result> m_watcher;
    QString m_path;
    QString m_member;
    QString m_error;
    bool m_placed = false;
    QStringListModel *m_members;
    ResultTableModel *m_model;
    ResultProxyModel *m_proxy;
    QListView *m_memberView;
    QWidget *m_filterRow;
    QList<QLineEdit *> m_filterEdits;
    QTableView *m_tableView;
    QLabel *m_statusLabel;
};
