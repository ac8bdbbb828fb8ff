# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Corpus overview
#
# What the database holds: articles per outlet and year, near-duplicate copies (syndicated copies of another
# outlet's article) and the items that could not be ingested, by reason. The database is `$EXTRACTOR_DB`
# (default `sqlite:///extractor.db`); build it with `extractor ingest corpus/samples`.

# %%
# %matplotlib inline
import extractor
from extractor import report

articles = extractor.articles()
failures = extractor.failures()
print(f"{len(articles)} articles, {articles['duplicate_of'].notna().sum()} near-duplicate copies, "
      f"{len(failures)} failures")

# %%
report.articles_by_outlet_year(articles)

# %%
report.outlet_years(articles)

# %%
report.duplicates_figure(articles)

# %%
report.failures_by_reason(failures)

# %%
report.failure_reasons(failures)
