// What the application needs from persistent storage. Implemented by the
// platform: IndexedDB in the page (src/platform/storage_web.cpp), files in a
// folder natively (src/platform/storage_native.cpp).
//
// Each arrangement is kept as its current document text and the previous saved
// version; settings are small named texts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bpa {

struct StoredArrangement {
    std::string id;            // storage key, stable for the arrangement's life
    std::string name;          // shown in the arrangement list
    std::string jurisdiction;  // "NO" | "DK"
    std::string saved_at;      // local "YYYY-MM-DDTHH:MM" of the last save
    bool has_previous = false; // a previous version can be restored
};

// What became of a save: known at once natively, later in the page, whose
// writes finish in the background.
enum class SaveState { Pending, Saved, Failed };

class Storage {
public:
    virtual ~Storage() = default;
    virtual std::vector<StoredArrangement> list() = 0;
    virtual std::optional<std::string> load(const std::string& id) = 0;
    virtual std::optional<std::string> load_previous(const std::string& id) = 0;
    // Stores `text` as the current version. With keep_previous, the version
    // stored so far becomes the previous one; otherwise the previous one stays.
    // Returns a ticket for save_state().
    virtual uint64_t save(const StoredArrangement& info, const std::string& text, bool keep_previous) = 0;
    // Pending until the save of `ticket` has finished, then Saved or Failed.
    virtual SaveState save_state(uint64_t ticket) = 0;
    virtual void remove(const std::string& id) = 0;
    virtual std::optional<std::string> load_setting(const std::string& key) = 0;
    virtual void save_setting(const std::string& key, const std::string& value) = 0;
    // Empty while storage works; otherwise why it does not (shown to the user).
    virtual std::string error() = 0;
};

}  // namespace bpa
