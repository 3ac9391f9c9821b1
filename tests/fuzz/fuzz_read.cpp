// libFuzzer harness: reading a file. Any bytes: read_document() must return
// problems or a document, never crash, hang or leak; a document that reads
// is written stably (writing what was read back and reading it again gives
// the same bytes).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/json_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    bpa::ReadResult r = bpa::read_document(text);
    if (!r.ok()) {
        if (r.problems.empty()) std::abort();  // refused without saying why
        for (const auto& p : r.problems) (void)bpa::format_problem("fuzz.json", p);
        return 0;
    }
    const std::string once = bpa::write_document(*r.document);
    bpa::ReadResult again = bpa::read_document(std::string_view(once));
    if (!again.ok()) std::abort();  // the program wrote a file it cannot read
    if (bpa::write_document(*again.document) != once) std::abort();  // writing is not stable
    return 0;
}
