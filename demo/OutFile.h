#pragma once
#include "demo/DemoDataGenerator.h"
#include "demo/DemoDataTr.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>
#include <string>
#include <string_view>

namespace ab::demo {

// Output files: written under a temporary name, renamed into place by commit().
class OutFile
{
public:
    OutFile(const QString &dir, const char *name) : m_final(QDir(dir).filePath(QLatin1String(name)))
    {
        m_temp = m_final + QStringLiteral(".partial");
        m_file = std::fopen(QFile::encodeName(m_temp).constData(), "wb");
        if (!m_file)
            throw DemoDataError(DemoDataTr::tr("%1: cannot create the file").arg(m_temp));
        m_buffer.reserve(1 << 20);
    }
    ~OutFile()
    {
        if (m_file)
            std::fclose(m_file);
        if (!m_temp.isEmpty()) // not committed: drop the partial file
            QFile::remove(m_temp);
    }
    OutFile(const OutFile &) = delete;
    OutFile &operator=(const OutFile &) = delete;

    std::string &buffer() { return m_buffer; }
    void write(std::string_view s)
    {
        m_buffer.append(s);
        flushIfFull();
    }
    void flushIfFull()
    {
        if (m_buffer.size() >= (1 << 20) - 4096)
            flush();
    }
    void flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
            throw DemoDataError(DemoDataTr::tr("%1: cannot write (disk full?)").arg(m_temp));
        m_buffer.clear();
    }
    // Closes the temporary file; the rename happens for all files together once everything is written.
    void close()
    {
        flush();
        const bool ok = std::fclose(m_file) == 0;
        m_file = nullptr;
        if (!ok)
            throw DemoDataError(DemoDataTr::tr("%1: cannot write (disk full?)").arg(m_temp));
    }
    void commit()
    {
        QFile::remove(m_final);
        if (!QFile::rename(m_temp, m_final))
            throw DemoDataError(DemoDataTr::tr("%1: cannot rename to %2").arg(m_temp, m_final));
        m_temp.clear();
    }

private:
    QString m_final, m_temp;
    std::FILE *m_file = nullptr;
    std::string m_buffer;
};

} // namespace ab::demo
