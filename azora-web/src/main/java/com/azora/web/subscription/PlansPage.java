package com.azora.web.subscription;

import com.azora.platform.error.DomainException;
import com.azora.subscription.application.SubscriptionService;
import com.azora.subscription.application.SubscriptionViews.MySubscription;
import com.azora.subscription.application.SubscriptionViews.Outcome;
import com.azora.subscription.application.SubscriptionViews.TierView;
import com.azora.subscription.domain.BillingInterval;
import com.azora.web.support.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Compares the tiers and subscribes the caller to one. */
@Named
@ViewScoped
public class PlansPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SubscriptionService subscriptions;

  private List<TierView> tiers;
  private List<String> providers;
  private MySubscription current;
  private BillingInterval interval = BillingInterval.MONTHLY;
  private String provider;

  @PostConstruct
  void load() {
    tiers = subscriptions.tiers();
    providers = subscriptions.providers();
    current = subscriptions.mine().orElse(null);
    if (provider == null && !providers.isEmpty()) {
      provider = providers.get(0);
    }
  }

  public String subscribe(String tierCode) {
    try {
      Outcome o = subscriptions.subscribe(tierCode, interval, provider);
      Faces.keepMessages();
      Faces.info(
          o.pending()
              ? "Subscribed: invoice "
                  + o.invoiceNumber()
                  + " ("
                  + o.amount()
                  + " USD) awaits"
                  + " your payment; the plan starts when it is confirmed."
              : "Subscribed: invoice " + o.invoiceNumber() + " paid (" + o.amount() + " USD).");
      return "/learn/subscription?faces-redirect=true";
    } catch (DomainException e) {
      Faces.show(e, "plans");
      return null;
    }
  }

  /** True when the caller may subscribe (no live subscription, or only an unpaid one). */
  public boolean isCanSubscribe() {
    return current == null || current.status().name().equals("UNPAID");
  }

  public List<TierView> getTiers() {
    return tiers;
  }

  public List<String> getProviders() {
    return providers;
  }

  public MySubscription getCurrent() {
    return current;
  }

  public BillingInterval[] getIntervals() {
    return BillingInterval.values();
  }

  public BillingInterval getInterval() {
    return interval;
  }

  public void setInterval(BillingInterval interval) {
    this.interval = interval;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }
}
