#include "core/common/InputError.h"

namespace ab {

static QString fullText(const QString &file, qint64 line, qint64 column, const QString &message)
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

InputError::InputError(QString file, qint64 line, qint64 column, QString message)
    : Error(fullText(file, line, column, message)), m_file(std::move(file)), m_line(line), m_column(column),
      m_message(std::move(message))
{
}

InputError::InputError(QString file, QString message)
    : Error(fullText(file, 0, 0, message)), m_file(std::move(file)), m_message(std::move(message))
{
}

InputError InputError::atOffset(const QString &file, std::string_view text, size_t offset,
                                const QString &message)
{
    const TextPosition pos = textPosition(text, offset);
    return InputError(file, pos.line, pos.column, message);
}

TextPosition textPosition(std::string_view text, size_t offset)
{
    TextPosition pos;
    if (offset > text.size())
        offset = text.size();
    for (size_t i = 0; i < offset; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters: skip UTF-8 continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

} // namespace ab
