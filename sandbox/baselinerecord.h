#pragma once

#include <QString>

// One row of a baseline export: one configuration check of one image.
struct BaselineRecord
{
    QString image;
    QString namespaceName;
    QString tag;
    QString check;
    QString rule;
    QString severity;
    QString result;
    QString description;
    QString remediation;
};
