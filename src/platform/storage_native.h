// Storage in a folder on disk, for the native build and the app's unit tests.
// Layout: <dir>/<id>.json (current), <id>.previous.json, <id>.meta.json,
// settings-<key>.txt. Every write goes to a temporary file that is then renamed,
// so a crash never leaves half a file. The version stamp is kept in the meta
// file; two FolderStorage objects on one folder behave like two tabs.
#pragma once

#include <filesystem>
#include <map>

#include "app/storage.h"

namespace bpa {

class FolderStorage final : public Storage {
public:
    explicit FolderStorage(std::filesystem::path dir);
    std::vector<StoredArrangement> list() override;
    std::optional<std::string> load(const std::string& id) override;
    std::optional<std::string> load_previous(const std::string& id) override;
    uint64_t save(const StoredArrangement& info, const std::string& text, bool keep_previous) override;
    SaveState save_state(uint64_t ticket) override;
    void remove(const std::string& id) override;
    std::vector<std::string> changed_elsewhere() override;
    bool newer_elsewhere(const std::string& id) override;
    void take_stored(const std::string& id) override;
    std::optional<std::string> load_setting(const std::string& key) override;
    void save_setting(const std::string& key, const std::string& value) override;  // written whole, not merged
    bool settings_changed_elsewhere() override;
    std::string error() override { return error_; }

private:
    bool write_file(const std::filesystem::path& p, const std::string& text);
    // The stored version of `id`: 0 for a file without a stamp, nullopt when there is none.
    std::optional<uint64_t> stored_version(const std::string& id) const;
    std::map<std::string, uint64_t> stored_versions() const;
    std::map<std::string, uint64_t> known_;  // id -> the version this object builds on
    std::map<std::string, uint64_t> seen_;   // id -> the version changed_elsewhere() last saw
    std::map<std::string, std::string> settings_seen_;  // key -> the text this object last loaded or saved
    std::filesystem::path dir_;
    std::string error_;
    uint64_t last_ticket_ = 0;
    std::map<uint64_t, SaveState> saves_;  // outcomes not yet asked for
};

}  // namespace bpa
