#pragma once

#include <QList>
#include <QString>

// A value the analyst or a script gave that the API would refuse, named by its API field so a
// form can mark the right widget and a CLI can name the right option.
struct FieldError
{
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;
