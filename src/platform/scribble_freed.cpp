// Test and development builds only (the unit tests; the page built with
// CMAKE_BUILD_TYPE=Debug): memory given back with delete is written over with
// 0xDD before it is freed. Code that reads what was freed (a view holding a
// reference into a list or a document that a call of the same frame replaced)
// then reads 0xDD…: a std::string or std::vector read there points at
// 0xDDDDDDDD and fails at once — in the browser "memory access out of bounds",
// natively a crash or a wrong value — every time, not now and then.
#include <malloc.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace {

void scribble_and_free(void* p) noexcept {
    if (!p) return;
    std::memset(p, 0xDD, malloc_usable_size(p));
    std::free(p);
}

}  // namespace

void operator delete(void* p) noexcept { scribble_and_free(p); }
void operator delete[](void* p) noexcept { scribble_and_free(p); }
void operator delete(void* p, std::size_t) noexcept { scribble_and_free(p); }
void operator delete[](void* p, std::size_t) noexcept { scribble_and_free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { scribble_and_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { scribble_and_free(p); }
