#pragma once

#include <QSortFilterProxyModel>

// Sorting and the quick text filter over the image table. The filter looks at the columns an
// analyst types into it (names, tags, states, ids) and skips formatted numbers and times,
// which would cost most of the time on large lists and never be what was meant.
class ImageProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageProxyModel(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};
