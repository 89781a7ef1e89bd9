// Loaded by LD_PRELOAD into the command under test: it lets the process make the first
// CARESIM_THREADS_GIVEN threads and refuses every one after, as a system out of memory or
// processes refuses them (pthread_create returns EAGAIN). A limit of memory would refuse them
// too, but leaves the threads that were given none to work in, so the run would fail by chance.
#include <dlfcn.h>
#include <pthread.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>

extern "C" int pthread_create(pthread_t* thread, const pthread_attr_t* attributes, void* (*start)(void*),
                              void* argument) {
  using Create = int (*)(pthread_t*, const pthread_attr_t*, void* (*)(void*), void*);
  static const auto system_create = reinterpret_cast<Create>(dlsym(RTLD_NEXT, "pthread_create"));
  static const char* const limit = std::getenv("CARESIM_THREADS_GIVEN");
  static std::atomic<long> made{0};
  if (limit && made.fetch_add(1) >= std::atol(limit)) return EAGAIN;
  return system_create(thread, attributes, start, argument);
}
