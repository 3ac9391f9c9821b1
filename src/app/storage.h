// What the application needs from persistent storage. Implemented by the
// platform: IndexedDB in the page (src/platform/storage_web.cpp), files in a
// folder natively (src/platform/storage_native.cpp).
//
// Each arrangement is kept as its current document text and the previous saved
// version; settings are small named texts.
//
// Several pages (two tabs, or the page opened twice) may share one storage.
// Every stored arrangement carries a version stamp that each save increases;
// a page builds on the version it last loaded or saved, and a save over a
// newer version (saved by another page meanwhile) is refused as a Conflict
// instead of overwriting it. Another page's saves are announced
// (changed_elsewhere) so that this one can take them. Settings are merged
// (save_setting).
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
// Conflict: another page saved a newer version first; nothing was written.
enum class SaveState { Pending, Saved, Failed, Conflict };

class Storage {
public:
    virtual ~Storage() = default;
    virtual std::vector<StoredArrangement> list() = 0;
    virtual std::optional<std::string> load(const std::string& id) = 0;
    virtual std::optional<std::string> load_previous(const std::string& id) = 0;
    // Stores `text` as the current version, when the stored version is still
    // the one this page builds on (else the outcome is Conflict). With
    // keep_previous, the version stored so far becomes the previous one;
    // otherwise the previous one stays. Returns a ticket for save_state().
    virtual uint64_t save(const StoredArrangement& info, const std::string& text, bool keep_previous) = 0;
    // Pending until the save of `ticket` has finished, then Saved or Failed.
    virtual SaveState save_state(uint64_t ticket) = 0;
    virtual void remove(const std::string& id) = 0;
    // The ids of arrangements another page has saved or deleted since the
    // last call (each once).
    virtual std::vector<std::string> changed_elsewhere() = 0;
    // Whether another page has saved a version of `id` newer than the one this
    // page builds on.
    virtual bool newer_elsewhere(const std::string& id) = 0;
    // Takes the stored version of `id` as the one this page builds on: load()
    // returns it and the next save may replace it.
    virtual void take_stored(const std::string& id) = 0;
    virtual std::optional<std::string> load_setting(const std::string& key) = 0;
    // Settings are not refused but merged: a save applies what this page
    // changed since it last loaded the setting to what is stored, so another
    // page's change to another part of it stays (the page: in the write's
    // transaction).
    virtual void save_setting(const std::string& key, const std::string& value) = 0;
    // True once after another page's change has made the stored settings differ
    // from what this page last loaded: load_setting() returns them.
    virtual bool settings_changed_elsewhere() { return false; }
    // Empty while storage works; otherwise why it does not (shown to the user).
    virtual std::string error() = 0;
};

}  // namespace bpa
