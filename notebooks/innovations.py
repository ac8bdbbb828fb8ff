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
# # Innovations
#
# The innovations (apps, programmes) of each region by smart-city dimension, as the articles state it or the
# dimension classifier predicts it, and how well that classifier does. The database is `$EXTRACTOR_DB` (default
# `sqlite:///extractor.db`).

# %%
# %matplotlib inline
import extractor
from extractor import report

innovations = extractor.innovations()
print(f"{len(innovations)} innovations in {innovations['region'].nunique()} regions")

# %%
report.dimensions_by_region(innovations)

# %%
report.dimension_counts(innovations)

# %%
innovations[["region", "name", "dimension", "dimension_source"]]

# %% [markdown]
# ## The dimension classifier
#
# The packaged model's cross-validation, as `extractor train` measured it on the project's training data
# (folds grouped by region, so no region is on both sides): gold dimension (rows) against predicted (columns).

# %%
from extractor.classify import packaged_validation

validation = packaged_validation()
report.confusion_matrix(validation.true, validation.predicted, validation.labels)

# %%
report.confusion_table(validation.true, validation.predicted, validation.labels)
