# Sources of the logs L2 L2 module, relative to lib/, relative to lib/.
set(CDKPP_LOGS_SOURCES
  logs/log_group.cpp)
