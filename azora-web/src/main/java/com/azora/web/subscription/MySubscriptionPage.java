package com.azora.web.subscription;

import com.azora.platform.error.DomainException;
import com.azora.subscription.application.PlanChanges;
import com.azora.subscription.application.SubscriptionService;
import com.azora.subscription.application.SubscriptionViews.IntervalQuote;
import com.azora.subscription.application.SubscriptionViews.InvoiceView;
import com.azora.subscription.application.SubscriptionViews.MySubscription;
import com.azora.subscription.application.SubscriptionViews.Outcome;
import com.azora.subscription.application.SubscriptionViews.TierView;
import com.azora.subscription.application.SubscriptionViews.UpgradeQuote;
import com.azora.subscription.domain.BillingInterval;
import com.azora.subscription.domain.SubscriptionStatus;
import com.azora.web.support.Faces;
import com.azora.web.support.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller's plan: upgrade now, downgrade or cancel at the period end, switch between monthly and
 * annual billing, resume, and invoices with their PDFs.
 */
@Named
@ViewScoped
public class MySubscriptionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SubscriptionService subscriptions;
  @EJB private PlanChanges changes;

  private MySubscription current;
  private List<UpgradeQuote> upgrades;
  private List<TierView> downgrades;
  private IntervalQuote intervalSwitch;
  private final PagedModel<InvoiceView> invoices =
      new PagedModel<>((first, size) -> subscriptions.invoices(first, size));

  @PostConstruct
  void load() {
    current = subscriptions.mine().orElse(null);
    upgrades = new ArrayList<>();
    downgrades = new ArrayList<>();
    intervalSwitch = null;
    if (current == null || current.status() == SubscriptionStatus.CANCELED) {
      return;
    }
    if (current.status() == SubscriptionStatus.ACTIVE
        && !current.cancelAtPeriodEnd()
        && current.pendingInterval() == null) {
      intervalSwitch =
          changes.quote(
              current.interval() == BillingInterval.MONTHLY
                  ? BillingInterval.ANNUAL
                  : BillingInterval.MONTHLY);
    }
    for (TierView t : subscriptions.tiers()) {
      if (t.rank() > current.tierRank() && current.status() == SubscriptionStatus.ACTIVE) {
        upgrades.add(subscriptions.quoteUpgrade(t.code()));
      } else if (t.rank() < current.tierRank() && t.rank() > 0) {
        downgrades.add(t);
      }
    }
  }

  public void upgrade(String tierCode) {
    act(
        () -> {
          Outcome o = subscriptions.upgrade(tierCode);
          return o.invoiceNumber() == null
              ? "Upgraded."
              : o.pending()
                  ? "Invoice "
                      + o.invoiceNumber()
                      + " ("
                      + o.amount()
                      + " USD) awaits payment;"
                      + " the upgrade applies when it is confirmed."
                  : "Upgraded: invoice " + o.invoiceNumber() + " paid (" + o.amount() + " USD).";
        });
  }

  /** Monthly to annual now (charged), annual to monthly at the period end. */
  public void switchInterval() {
    if (intervalSwitch == null) {
      return;
    }
    BillingInterval to = intervalSwitch.interval();
    act(
        () -> {
          Outcome o = changes.switchInterval(to);
          if (to == BillingInterval.MONTHLY) {
            return "Monthly billing is scheduled from the end of the current period.";
          }
          return o.invoiceNumber() == null
              ? "You now pay annually."
              : o.pending()
                  ? "Invoice "
                      + o.invoiceNumber()
                      + " ("
                      + o.amount()
                      + " USD) awaits payment; annual billing starts when it is confirmed."
                  : "You now pay annually: invoice "
                      + o.invoiceNumber()
                      + " paid ("
                      + o.amount()
                      + " USD).";
        });
  }

  public void downgrade(String tierCode) {
    act(
        () -> {
          subscriptions.downgrade(tierCode);
          return "Your plan changes to " + tierCode + " at the end of the current period.";
        });
  }

  public void cancel() {
    boolean unpaid = current != null && current.status() == SubscriptionStatus.UNPAID;
    act(
        () -> {
          subscriptions.cancelAtPeriodEnd();
          return unpaid
              ? "Your subscription is canceled."
              : "Your subscription ends with the current period.";
        });
  }

  public void resume() {
    act(
        () -> {
          subscriptions.resume();
          return "Your subscription renews as it is.";
        });
  }

  private void act(java.util.function.Supplier<String> action) {
    try {
      Faces.info(action.get());
    } catch (DomainException e) {
      Faces.show(e, "manage");
    }
    load();
  }

  public MySubscription getCurrent() {
    return current;
  }

  public List<UpgradeQuote> getUpgrades() {
    return upgrades;
  }

  public IntervalQuote getIntervalSwitch() {
    return intervalSwitch;
  }

  public List<TierView> getDowngrades() {
    return downgrades;
  }

  public PagedModel<InvoiceView> getInvoices() {
    return invoices;
  }
}
