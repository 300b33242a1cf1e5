#include "app/results/xlsxsheetreader.h"

#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

// Text of a <si> or <is>: plain <t>, or rich-text runs <r><t>; phonetic hints (<rPh>) are not
// part of the value.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phoneticDepth;
            else if (xml.name() == QLatin1String("t") && phoneticDepth == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phoneticDepth;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

QString resolveTarget(const QString &target)
{
    // Targets are relative to xl/ unless they start at the package root.
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    path.replace(QLatin1String("/./"), QLatin1String("/"));
    return path;
}

} // namespace

int XlsxSheetReader::columnIndex(const QString &cellReference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : cellReference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        ++letters;
        if (letters > 3) // XFD is the last column
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

int XlsxSheetReader::rowIndex(const QString &cellReference)
{
    qsizetype i = 0;
    while (i < cellReference.size() && cellReference.at(i).isLetter())
        ++i;
    bool ok = false;
    const int row = cellReference.mid(i).toInt(&ok);
    return ok && row > 0 ? row - 1 : -1;
}

bool XlsxSheetReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool XlsxSheetReader::tooLarge()
{
    return fail(tr("The sheet is too large to show (more than %n column(s) or %1 cells)", nullptr, MaxColumns)
                    .arg(QLocale().toString(MaxCells)));
}

bool XlsxSheetReader::read(const QByteArray &xlsxData, qint64 maxMemberSize)
{
    m_rows.clear();
    m_sharedStrings.clear();
    m_sheetName.clear();
    m_error.clear();

    ZipArchive zip;
    zip.setMaxMemberSize(maxMemberSize);
    if (!zip.openData(xlsxData))
        return fail(tr("Not an XLSX workbook: %1").arg(zip.errorString()));
    const QString sheetPath = firstSheetPath(zip);
    if (sheetPath.isEmpty())
        return false;
    if (!readSharedStrings(zip))
        return false;
    bool ok = false;
    const QByteArray sheet = zip.read(sheetPath, &ok);
    if (!ok)
        return fail(zip.errorString());
    return readSheet(sheet);
}

QString XlsxSheetReader::firstSheetPath(ZipArchive &zip)
{
    bool ok = false;
    const QByteArray workbook = zip.read(QStringLiteral("xl/workbook.xml"), &ok);
    if (!ok) {
        fail(tr("The workbook has no xl/workbook.xml: %1").arg(zip.errorString()));
        return {};
    }
    QString relationId;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd() && relationId.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
            m_sheetName = xml.attributes().value(QLatin1String("name")).toString();
            // The r: prefix is bound to the relationships namespace, whatever it is called.
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    relationId = a.value().toString();
            }
        }
    }
    if (xml.hasError()) {
        fail(tr("xl/workbook.xml is not valid XML: %1").arg(xml.errorString()));
        return {};
    }
    if (relationId.isEmpty()) {
        fail(tr("The workbook lists no sheet"));
        return {};
    }

    const QByteArray rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &ok);
    if (!ok) {
        fail(tr("The workbook has no relationships: %1").arg(zip.errorString()));
        return {};
    }
    QXmlStreamReader relXml(rels);
    while (!relXml.atEnd()) {
        if (relXml.readNext() == QXmlStreamReader::StartElement
            && relXml.name() == QLatin1String("Relationship")
            && relXml.attributes().value(QLatin1String("Id")) == relationId) {
            return resolveTarget(relXml.attributes().value(QLatin1String("Target")).toString());
        }
    }
    fail(tr("The first sheet (%1) has no target in the workbook relationships").arg(relationId));
    return {};
}

bool XlsxSheetReader::readSharedStrings(ZipArchive &zip)
{
    // A workbook with only numbers or inline strings has no shared strings part at all.
    const QString path = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.contains(path))
        return true;
    bool ok = false;
    const QByteArray data = zip.read(path, &ok);
    if (!ok)
        return fail(zip.errorString());
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
            // An empty <si/> is five bytes, so the member size alone lets through tens of millions.
            if (m_sharedStrings.size() >= MaxSharedStrings)
                return fail(tr("The workbook has more than %1 shared strings, too many to show")
                                .arg(MaxSharedStrings));
            m_sharedStrings.append(readStringItem(xml));
        }
    }
    if (xml.hasError())
        return fail(tr("xl/sharedStrings.xml is not valid XML: %1").arg(xml.errorString()));
    return true;
}

bool XlsxSheetReader::readSheet(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    QStringList *row = nullptr;
    int nextColumn = 0;
    int width = 0; // the widest row so far; rows × width bounds the padded cells
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const int index = rowIndex(QStringLiteral("A") + xml.attributes().value(QLatin1String("r")).toString());
            const int target = index >= 0 ? index : int(m_rows.size());
            if (target > 1048575)
                return fail(tr("Row %1 is beyond the last row a sheet can have").arg(target + 1));
            if (qint64(target + 1) * std::max(width, 1) > MaxCells)
                return tooLarge();
            while (m_rows.size() <= target)
                m_rows.append(QStringList());
            row = &m_rows[target];
            nextColumn = 0;
        } else if (xml.name() == QLatin1String("c") && row) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int referenced = columnIndex(attributes.value(QLatin1String("r")).toString());
            const int column = referenced >= 0 ? referenced : nextColumn;
            QString value;
            QString inlineText;
            bool hasInline = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    inlineText = readStringItem(xml);
                    hasInline = true;
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= m_sharedStrings.size())
                    return fail(tr("Cell %1 refers to shared string %2, which does not exist")
                                    .arg(attributes.value(QLatin1String("r")).toString(), value));
                text = m_sharedStrings.at(index);
            } else if (type == QLatin1String("inlineStr")) {
                text = hasInline ? inlineText : value;
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else {
                text = value; // n, str, e, d: the stored text is what the cell shows unformatted
            }
            if (column >= MaxColumns)
                return tooLarge();
            width = std::max(width, column + 1);
            if (qint64(m_rows.size()) * width > MaxCells)
                return tooLarge();
            while (row->size() <= column)
                row->append(QString());
            (*row)[column] = text;
            nextColumn = column + 1;
        }
    }
    if (xml.hasError())
        return fail(tr("The sheet is not valid XML: %1").arg(xml.errorString()));
    return true;
}
