#include "BenchTable.h"

#include <algorithm>
#include <cmath>

namespace Inlet::Bench {

namespace {

QString verdictText(BenchRow::Verdict verdict)
{
    switch (verdict) {
    case BenchRow::Verdict::Pass:
        return QStringLiteral("pass");
    case BenchRow::Verdict::Fail:
        return QStringLiteral("**FAIL**");
    case BenchRow::Verdict::Info:
        return QStringLiteral("–");
    case BenchRow::Verdict::Error:
        return QStringLiteral("BENCH ERROR");
    }
    return {};
}

BenchRow::Verdict verdictFor(bool pass)
{
    return pass ? BenchRow::Verdict::Pass : BenchRow::Verdict::Fail;
}

} // namespace

QString formatNumber(double value, const QString& unit)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    const int decimals = std::fabs(value) >= 100 ? 0 : std::fabs(value) >= 10 ? 1 : std::fabs(value) >= 1 ? 2 : 3;
    const QString number = QString::number(value, 'f', decimals);
    return unit.isEmpty() ? number : number + u' ' + unit;
}

BenchRow BenchRow::withRatio(const QString& metric, const QString& unit, double inlet, double peer, double maxRatio)
{
    const double r = inlet / peer;
    return {metric,
            formatNumber(inlet, unit),
            formatNumber(peer, unit),
            QString::number(r, 'f', 2) + u'×',
            QStringLiteral("≤ %1×").arg(maxRatio, 0, 'f', 2),
            verdictFor(r <= maxRatio),
            {}};
}

BenchRow BenchRow::withDelta(const QString& metric, const QString& unit, double inlet, double peer, double maxDelta)
{
    const double d = inlet - peer;
    return {metric,
            formatNumber(inlet, unit),
            formatNumber(peer, unit),
            (d >= 0 ? QStringLiteral("+") : QString()) + formatNumber(d, unit),
            QStringLiteral("≤ +%1").arg(formatNumber(maxDelta, unit)),
            verdictFor(d <= maxDelta),
            {}};
}

BenchRow BenchRow::withLimit(const QString& metric, const QString& unit, double inlet, double limit)
{
    return {metric,
            formatNumber(inlet, unit),
            QStringLiteral("–"),
            QStringLiteral("–"),
            QStringLiteral("≤ %1").arg(formatNumber(limit, unit)),
            verdictFor(inlet <= limit),
            {}};
}

BenchRow BenchRow::info(const QString& metric, const QString& unit, double inlet, double peer)
{
    const bool hasPeer = peer >= 0;
    return {metric,
            formatNumber(inlet, unit),
            hasPeer ? formatNumber(peer, unit) : QStringLiteral("–"),
            hasPeer ? QString::number(inlet / peer, 'f', 2) + u'×' : QStringLiteral("–"),
            QStringLiteral("–"),
            Verdict::Info,
            {}};
}

BenchRow BenchRow::error(const QString& metric, const QString& why)
{
    return {metric,
            QStringLiteral("n/a"),
            QStringLiteral("n/a"),
            QStringLiteral("–"),
            QStringLiteral("–"),
            Verdict::Error,
            why};
}

QString BenchTable::toMarkdown() const
{
    const QStringList header{QStringLiteral("metric"),
                             QStringLiteral("Inlet"),
                             QStringLiteral("floor/peer"),
                             QStringLiteral("ratio"),
                             QStringLiteral("budget"),
                             QStringLiteral("pass/fail")};
    QList<QStringList> lines{header};
    for (const BenchRow& row : m_rows) {
        const QString verdict =
            row.note.isEmpty() ? verdictText(row.verdict) : verdictText(row.verdict) + QStringLiteral(": ") + row.note;
        lines.append({row.metric, row.inlet, row.peer, row.ratio, row.budget, verdict});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& line : lines) {
        for (qsizetype column = 0; column < line.size(); ++column)
            widths[column] = std::max(widths[column], line.at(column).size());
    }
    auto format = [&](const QStringList& line) {
        QString text = QStringLiteral("|");
        for (qsizetype column = 0; column < line.size(); ++column) {
            const bool numeric = column >= 1 && column <= 3;
            const QString cell = numeric ? line.at(column).rightJustified(widths[column])
                                         : line.at(column).leftJustified(widths[column]);
            text += u' ' + cell + QStringLiteral(" |");
        }
        return text + u'\n';
    };
    QString text = format(lines.first());
    QString rule = QStringLiteral("|");
    for (qsizetype column = 0; column < header.size(); ++column) {
        const bool numeric = column >= 1 && column <= 3;
        rule += u' ' + QString(widths[column] - (numeric ? 1 : 0), u'-') + (numeric ? QStringLiteral(":") : QString())
            + QStringLiteral(" |");
    }
    text += rule + u'\n';
    for (qsizetype i = 1; i < lines.size(); ++i)
        text += format(lines.at(i));
    if (!m_notes.isEmpty()) {
        text += u'\n';
        for (const QString& note : m_notes)
            text += QStringLiteral("- ") + note + u'\n';
    }
    return text;
}

bool BenchTable::anyFailed() const
{
    return std::any_of(
        m_rows.cbegin(), m_rows.cend(), [](const BenchRow& row) { return row.verdict == BenchRow::Verdict::Fail; });
}

bool BenchTable::anyError() const
{
    return std::any_of(
        m_rows.cbegin(), m_rows.cend(), [](const BenchRow& row) { return row.verdict == BenchRow::Verdict::Error; });
}

} // namespace Inlet::Bench
