package com.azora.subscription.domain;

import java.math.BigDecimal;

/** The editable part of a tier: prices, features, limits, and whether it is on sale. */
public record TierTerms(
    String name,
    BigDecimal monthlyPrice,
    BigDecimal annualPrice,
    int aiTutorQuotaPerMonth,
    boolean premiumCourses,
    int maxActiveProjects,
    boolean active) {}
