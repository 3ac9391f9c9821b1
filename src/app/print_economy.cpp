// The economy on paper and on screen (print.h): the year's budget, the actual
// cost and the annual account as labelled rows, the printable page, and a
// grant's line.
#include <string>
#include <vector>

#include "app/print.h"

namespace bpa {

namespace {

std::string kr(const I18n& i18n, double v) { return i18n.amount(v) + " kr"; }
std::string hours(const I18n& i18n, double v) { return i18n.fmt("economy.hours_value", {{"n", i18n.number(v, 2)}}); }

}  // namespace

std::vector<EconomyRow> economy_rows(const I18n& i18n, const YearEconomy& e) {
    std::vector<EconomyRow> rows;
    auto add = [&](const char* key, std::string value, bool total = false) { rows.push_back({key, std::move(value), total}); };
    const bool dk = e.jurisdiction == Jurisdiction::DK;
    // The hourly cost of the year's plan.
    add("economy.row_base", kr(i18n, e.rate.base));
    add("economy.row_supplements", kr(i18n, e.rate.supplements));
    add("economy.row_pension", kr(i18n, e.rate.pension));
    add("economy.row_holiday_pay", kr(i18n, e.rate.holiday_pay));
    if (dk) add("economy.row_atp", kr(i18n, e.rate.atp));
    else add("economy.row_employer_tax", kr(i18n, e.rate.employer_tax));
    add("economy.row_hourly_cost", kr(i18n, e.rate.total), true);
    // The budget against what was used.
    add("economy.row_decided", hours(i18n, e.decided_hours));
    add("economy.row_budget", kr(i18n, e.budget), true);
    add("economy.row_worked", hours(i18n, e.worked.total));
    add("economy.row_actual", kr(i18n, e.actual), true);
    add("economy.row_left", kr(i18n, e.budget - e.actual));
    if (e.over_hours > 0) add("economy.row_over", hours(i18n, e.over_hours));
    if (dk) {
        add("economy.row_unused", hours(i18n, e.unused_hours));
        add("economy.row_pay_back", kr(i18n, e.pay_back), true);
        if (e.account_due) add("economy.row_account_due", i18n.date(*e.account_due));
    }
    return rows;
}

std::string economy_html(const Document& doc, const I18n& i18n, const YearEconomy& e) {
    const std::string title = std::string(i18n.tr("economy.print_title")) + " " + std::to_string(e.year);
    std::string h = print_document_start(i18n, title);
    h += "<div class=\"sheet\"><h1>" + html_escape(title) + "</h1><div class=\"head\"><div><b>" +
         html_escape(i18n.tr("print.arrangement")) + ":</b> " + html_escape(doc.arrangement.name) + "</div>";
    if (!e.params.wage_step.empty() && e.jurisdiction == Jurisdiction::DK)
        h += "<div><b>" + html_escape(i18n.tr("economy.wage_step")) + ":</b> " + html_escape(e.params.wage_step) + "</div>";
    h += "</div>";
    if (e.wage_missing) h += "<p><b>" + html_escape(i18n.tr("economy.wage_missing")) + "</b></p>";
    h += "<table><tbody>";
    for (const auto& r : economy_rows(i18n, e)) {
        const std::string label = html_escape(i18n.tr(r.key)), value = html_escape(r.value);
        h += r.total ? "<tr><td><b>" + label + "</b></td><td class=\"n\"><b>" + value + "</b></td></tr>"
                     : "<tr><td>" + label + "</td><td class=\"n\">" + value + "</td></tr>";
    }
    h += "</tbody></table><p>" + html_escape(i18n.tr(e.jurisdiction == Jurisdiction::DK ? "economy.account_help_dk"
                                                                                         : "economy.account_help_no")) +
         "</p><div class=\"sign\"><div>" + html_escape(i18n.tr("print.sign_leader")) + "</div></div></div></body></html>";
    return h;
}

std::string grant_line(const I18n& i18n, const ExtraGrant& g) {
    std::string line = i18n.fmt("account.grant_line", {{"kind", i18n.tr(std::string("grant_kind.") + to_string(g.kind))},
                                                       {"from", i18n.date(g.from)}, {"to", i18n.date(g.to)},
                                                       {"hours", i18n.number(g.hours)}});
    if (!g.reason.empty()) line += " – " + g.reason;
    return line;
}

}  // namespace bpa
