# Sources of the route53 L2 module, relative to lib/ (aws-cdk-lib's aws-route53): hosted zones and records.
set(CDKPP_ROUTE53_SOURCES
  route53/hosted_zone.cpp
  route53/record_set.cpp)
