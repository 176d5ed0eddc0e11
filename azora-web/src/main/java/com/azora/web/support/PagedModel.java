package com.azora.web.support;

import com.azora.platform.PageResult;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model over a paged service query; filters live in the page bean, so the
 * table only asks for pages and the count.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Fetches one page from a service. */
  @FunctionalInterface
  public interface Fetcher<T> extends java.io.Serializable {
    PageResult<T> fetch(int first, int pageSize);
  }

  private final Fetcher<T> fetcher;

  public PagedModel(Fetcher<T> fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) fetcher.fetch(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    PageResult<T> page = fetcher.fetch(first, pageSize);
    setRowCount((int) page.total());
    return page.rows();
  }
}
