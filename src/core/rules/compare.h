// Two countries' rules set side by side (Settings → Rules, for instructors):
// which rules one country has that the other has none of the same id for.
#pragma once

#include <vector>

#include "core/rules/rules.h"

namespace bpa {

// The rules of `there`'s catalog (rule_catalog order) that `here`'s catalog has
// no rule of the same id for: with NO and DK, DK's average_weekly_hours,
// shift_24h and under_18 are only in Denmark; NO's daily_hours, weekly_hours
// and sunday_rest only in Norway. Empty when there == here.
std::vector<const RuleInfo*> rules_only_in(Jurisdiction there, Jurisdiction here);

}  // namespace bpa
