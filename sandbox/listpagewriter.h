#pragma once

#include "app/api/imageinfo.h"
#include "sandbox/compactjsonwriter.h"

#include <QByteArray>

// One ListSwrImageRepository answer, written image by image straight into its bytes: the same
// bytes QJsonDocument(ListSwrImageRepositoryResponse::toJson()).toJson(Compact) gives, without a
// QJsonObject per image.
class ListPageWriter
{
public:
    explicit ListPageWriter(qsizetype expectedImages = 0);

    void append(const ImageInfo &image);
    // The whole answer; the writer is spent.
    QByteArray finish(qint64 totalNum);

private:
    QByteArray m_body;
    CompactJsonWriter m_writer;
};
