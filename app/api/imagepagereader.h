#pragma once

#include "app/api/listswrimagerepositoryresponse.h"

#include <QByteArrayView>

#include <optional>

// Reads a page of ListSwrImageRepository straight from its UTF-8 bytes, without a
// QJsonDocument: a long listing spends most of its CPU reading pages. It accepts only answers
// that ListSwrImageRepositoryResponse::fromJson checks without a single remark, and reads them
// to the same rows. Anything else, odd but valid JSON included, gives nullopt, and the caller
// takes the document path, which names the problem the same way it always has.
class ImagePageReader
{
public:
    static std::optional<ListSwrImageRepositoryResponse> read(QByteArrayView json);
};
