# Sources of the elasticache L2 module, relative to lib/: cdkpp's Cache (a replication group L2).
set(CDKPP_ELASTICACHE_SOURCES
  elasticache/cache.cpp)
