#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

namespace Inlet::Bench {

// Repeated measurements of one quantity; the table reports medians (and p95 where a tail matters).
class Samples
{
public:
    void add(double value) { m_values.append(value); }
    bool isEmpty() const { return m_values.isEmpty(); }
    int count() const { return int(m_values.size()); }

    double median() const { return percentile(50); }
    // Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it.
    double percentile(double p) const
    {
        if (m_values.isEmpty())
            return std::nan("");
        QList<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
        return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }

private:
    QList<double> m_values;
};

} // namespace Inlet::Bench
