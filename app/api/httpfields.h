#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// A request's query parameters and headers, in the order they were added (the signer sorts).
using QueryList = QList<QPair<QString, QString>>;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;
