// Print pages of the people work (print.h, "People"): talk minutes, the
// reference letter, the vacancy with its advert, the interview guide and the
// onboarding checklist. Every user text is escaped.
#include <algorithm>

#include "app/print.h"
#include "core/people.h"

namespace bpa {

namespace {

std::string esc(std::string_view s) { return html_escape(s); }

// Paragraphs from a text with line breaks.
std::string paragraphs(const std::string& text) {
    std::string out, line;
    auto flush = [&] {
        if (line.find_first_not_of(" \t") != std::string::npos) out += "<p>" + esc(line) + "</p>";
        line.clear();
    };
    for (char c : text) {
        if (c == '\n') flush();
        else line += c;
    }
    flush();
    return out;
}

// "4. januar 2027" (nb, da), "4 January 2027" (en).
std::string long_date(const I18n& i18n, Date d) {
    std::string month = i18n.tr("month." + std::to_string(d.month()));
    if (i18n.language == Language::En) {
        if (!month.empty()) month[0] = char(std::toupper(static_cast<unsigned char>(month[0])));
        return std::to_string(d.day()) + " " + month + " " + std::to_string(d.year());
    }
    return std::to_string(d.day()) + ". " + month + " " + std::to_string(d.year());
}

std::string head_row(const I18n& i18n, const char* key, const std::string& value) {
    return "<b>" + esc(i18n.tr(key)) + ":</b> " + esc(value) + "<br>";
}

std::string sign_lines(const I18n& i18n, std::initializer_list<const char*> keys) {
    std::string h = "<div class=\"sign\">";
    for (const char* k : keys) h += "<div>" + esc(i18n.tr(k)) + "</div>";
    return h + "</div>";
}

const Vacancy* find_vacancy(const std::vector<Vacancy>& all, const std::string& id) {
    auto it = std::find_if(all.begin(), all.end(), [&](const Vacancy& v) { return v.id == id; });
    return it == all.end() ? nullptr : &*it;
}

}  // namespace

std::string talk_minutes_html(const Document& doc, const I18n& i18n, const std::string& assistant, const std::string& talk) {
    const Assistant* a = doc.find_assistant(assistant);
    if (!a) return print_document_start(i18n, "") + "</body></html>";
    auto talks = talks_of(*a);
    auto t = std::find_if(talks.begin(), talks.end(), [&](const Talk& x) { return x.id == talk; });
    if (t == talks.end()) return print_document_start(i18n, "") + "</body></html>";
    const std::string kind = i18n.tr("talk.kind." + t->kind);
    std::string h = print_document_start(i18n, kind + " – " + a->name + " – " + i18n.date(t->date));
    h += "<div class=\"sheet\"><h1>" + esc(i18n.tr("print.talk_minutes")) + ": " + esc(kind) + "</h1><div class=\"head\">";
    h += head_row(i18n, "print.arrangement", doc.arrangement.name);
    h += head_row(i18n, "print.assistant", a->name);
    h += head_row(i18n, "print.date", long_date(i18n, t->date));
    h += head_row(i18n, "talk.present", t->present);
    h += "</div>";
    auto section = [&](const char* key, const std::string& text) {
        h += "<h2>" + esc(i18n.tr(key)) + "</h2>" + (text.empty() ? "<p>&nbsp;</p>" : paragraphs(text));
    };
    section("talk.note", t->note);
    section("talk.agreed", t->agreed);
    h += "<p><b>" + esc(i18n.tr("talk.follow_up")) + ":</b> " +
         (t->follow_up ? esc(long_date(i18n, *t->follow_up)) : std::string("–")) + "</p>";
    if (t->kind == "appraisal") {
        h += "<h2>" + esc(i18n.tr("talk.forms")) + "</h2><table><thead><tr><th>" + esc(i18n.tr("talk.topic")) + "</th><th>" +
             esc(i18n.tr("talk.form_leader")) + "</th><th>" + esc(i18n.tr("talk.form_assistant")) + "</th></tr></thead><tbody>";
        for (const char* topic : appraisal_topics)
            h += "<tr><td>" + esc(i18n.tr(std::string("talk.topic.") + topic)) + "</td><td>" +
                 esc(t->form_text("leader", topic)) + "</td><td>" + esc(t->form_text("assistant", topic)) + "</td></tr>";
        h += "</tbody></table>";
    }
    h += "<p>" + esc(i18n.tr(t->signed_leader && t->signed_assistant ? "talk.signed_both" : "talk.signed_not_both")) + "</p>";
    h += sign_lines(i18n, {"print.sign_assistant", "print.sign_leader"});
    return h + "</div></body></html>";
}

std::string reference_letter_html(const Document& doc, const I18n& i18n, const std::string& assistant) {
    const Assistant* a = doc.find_assistant(assistant);
    if (!a) return print_document_start(i18n, "") + "</body></html>";
    const ReferenceLetter r = reference_letter(doc, *a);
    std::string h = print_document_start(i18n, std::string(i18n.tr("reference.title")) + " – " + r.name);
    h += "<div class=\"sheet\"><h1>" + esc(i18n.tr("reference.title")) + "</h1>";
    h += "<p>" + esc(r.birth_date ? i18n.fmt("reference.who", {{"name", r.name}, {"born", long_date(i18n, *r.birth_date)}})
                                  : i18n.fmt("reference.who_no_birth", {{"name", r.name}})) + "</p>";
    const std::string to = r.to ? long_date(i18n, *r.to) : std::string(i18n.tr("reference.still_employed"));
    h += "<p>" + esc(i18n.fmt("reference.period", {{"name", r.name}, {"arrangement", r.arrangement},
                                                   {"from", long_date(i18n, r.from)}, {"to", to}})) + "</p>";
    std::string employment = i18n.tr(std::string("employment.") + to_string(r.employment));
    if (!employment.empty() && employment[0] >= 'A' && employment[0] <= 'Z') employment[0] = char(employment[0] - 'A' + 'a');
    std::string position = r.contract_hours_per_week > 0
                               ? i18n.fmt("reference.position", {{"employment", employment},
                                                                 {"hours", i18n.number(r.contract_hours_per_week, 1)}})
                               : i18n.fmt("reference.position_no_hours", {{"employment", employment}});
    if (r.worked_hours > 0) position += " " + i18n.fmt("reference.worked", {{"hours", i18n.number(r.worked_hours, 0)}});
    h += "<p>" + esc(position) + "</p>";
    if (!r.tasks.empty()) {
        h += "<p>" + esc(i18n.tr("reference.tasks")) + "</p><ul>";
        for (const auto& t : r.tasks) h += "<li>" + esc(t) + "</li>";
        h += "</ul>";
    }
    h += paragraphs(r.assessment);
    h += "<p>" + esc(i18n.tr("reference.wishes")) + "</p>";
    h += "<div class=\"sign\"><div>" + esc(i18n.tr("reference.place_date")) + "</div><div>" +
         esc(r.leader.empty() ? std::string(i18n.tr("print.leader")) : r.leader + ", " + i18n.tr("print.leader")) +
         "</div></div>";
    return h + "</div></body></html>";
}

std::string vacancy_html(const Document& doc, const I18n& i18n, const std::string& vacancy) {
    auto all = vacancies(doc);
    const Vacancy* v = find_vacancy(all, vacancy);
    if (!v) return print_document_start(i18n, "") + "</body></html>";
    std::string h = print_document_start(i18n, v->title);
    h += "<div class=\"sheet\"><h1>" + esc(v->title) + "</h1><div class=\"head\">";
    h += head_row(i18n, "print.arrangement", doc.arrangement.name);
    h += head_row(i18n, "vacancy.hours", i18n.number(v->hours_per_week, 1));
    if (v->start) h += head_row(i18n, "vacancy.start", long_date(i18n, *v->start));
    h += head_row(i18n, "vacancy.deadline", long_date(i18n, v->deadline));
    h += "</div><h2>" + esc(i18n.tr("vacancy.description")) + "</h2>" + paragraphs(v->description);
    h += "<h2>" + esc(i18n.tr("vacancy.advert")) + "</h2>" + paragraphs(v->advert);
    return h + "</div></body></html>";
}

std::string interview_guide_html(const Document& doc, const I18n& i18n, const std::string& vacancy,
                                 const std::string& candidate) {
    auto all = vacancies(doc);
    const Vacancy* v = find_vacancy(all, vacancy);
    if (!v) return print_document_start(i18n, "") + "</body></html>";
    std::string name;
    for (const auto& c : v->candidates)
        if (c.id == candidate) name = c.name;
    std::string h = print_document_start(i18n, std::string(i18n.tr("interview.title")) + " – " + v->title);
    h += "<div class=\"sheet\"><h1>" + esc(i18n.tr("interview.title")) + "</h1><div class=\"head\">";
    h += head_row(i18n, "print.arrangement", doc.arrangement.name);
    h += head_row(i18n, "vacancy.title", v->title);
    h += head_row(i18n, "candidate.name", name);
    h += head_row(i18n, "print.date", "");
    h += "</div><h2>" + esc(i18n.tr("interview.inform")) + "</h2><ul>";
    for (const char* k : interview_information) h += "<li>&#9744; " + esc(i18n.tr(std::string("interview.info.") + k)) + "</li>";
    h += "</ul><h2>" + esc(i18n.tr("interview.questions")) + "</h2><table><tbody>";
    for (const auto& q : v->questions)
        h += "<tr><td style=\"width:45%\">" + esc(q) + "</td><td style=\"height:36pt\"></td></tr>";
    h += "</tbody></table><h2>" + esc(i18n.tr("candidate.notes")) + "</h2><p style=\"height:90pt\"></p>";
    return h + "</div></body></html>";
}

std::string onboarding_html(const Document& doc, const I18n& i18n, const std::string& assistant) {
    const Assistant* a = doc.find_assistant(assistant);
    if (!a) return print_document_start(i18n, "") + "</body></html>";
    std::string h = print_document_start(i18n, std::string(i18n.tr("onboarding.title")) + " – " + a->name);
    h += "<div class=\"sheet\"><h1>" + esc(i18n.tr("onboarding.title")) + "</h1><div class=\"head\">";
    h += head_row(i18n, "print.arrangement", doc.arrangement.name);
    h += head_row(i18n, "print.assistant", a->name);
    h += head_row(i18n, "assistant.employed_from", long_date(i18n, a->employed_from));
    h += "</div><table><thead><tr><th>" + esc(i18n.tr("onboarding.item")) + "</th><th>" + esc(i18n.tr("onboarding.due")) +
         "</th><th>" + esc(i18n.tr("onboarding.done")) + "</th><th>" + esc(i18n.tr("onboarding.source")) +
         "</th></tr></thead><tbody>";
    for (const OnboardingItem& i : onboarding_items(doc, *a)) {
        std::string what = i.text.empty() ? std::string(i18n.tr("onboarding.item." + i.key)) : i.text;
        h += "<tr><td>" + esc(what) + "</td><td>" + (i.due ? esc(i18n.date(*i.due)) : "") + "</td><td>" +
             (i.done_on ? esc(i18n.date(*i.done_on)) : "&#9744;") + "</td><td>" + esc(i.source) +
             (i.law ? "" : " (" + esc(i18n.tr("onboarding.advice")) + ")") + "</td></tr>";
    }
    h += "</tbody></table>";
    h += sign_lines(i18n, {"print.sign_assistant", "print.sign_leader"});
    return h + "</div></body></html>";
}

}  // namespace bpa
