#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <stdexcept>
#include <string_view>

namespace ab {

// A problem with user input, located as precisely as the input allows:
// "file:line:column: message" for text, "file: message" when there is no position.
class InputError : public Error
{
public:
    InputError(QString file, qint64 line, qint64 column, QString message);
    InputError(QString file, QString message);

    const QString &file() const { return m_file; }
    qint64 line() const { return m_line; }
    qint64 column() const { return m_column; }
    const QString &message() const { return m_message; }
    // The one-line form printed on stderr and shown in the issues dock (the same as text()).
    QString toString() const { return text(); }

    // Builds an error at a byte offset of a UTF-8 text (line and column are 1-based, column counts
    // characters).
    static InputError atOffset(const QString &file, std::string_view text, size_t offset,
                               const QString &message);

private:
    QString m_file;
    qint64 m_line = 0;
    qint64 m_column = 0;
    QString m_message;
};

struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};

// 1-based line and column of a byte offset; columns count UTF-8 characters, not bytes.
TextPosition textPosition(std::string_view text, size_t offset);

} // namespace ab
