#pragma once

#include "app/api/listswrimagerepositoryresponse.h"

#include <QTextStream>

// Prints images for people (an aligned table) or for programs (JSON in the API's own shape,
// or CSV with a header row).
class ImagePrinter
{
public:
    enum class Format { Table, Json, Csv };

    static bool formatFromName(const QString &name, Format *format);
    static void print(QTextStream &out, const ListSwrImageRepositoryResponse &page, Format format);
    static QString csvField(const QString &value);
};
