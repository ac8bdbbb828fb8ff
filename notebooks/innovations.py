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
# dimension classifier infers it. The database is `$EXTRACTOR_DB` (default `sqlite:///extractor.db`).

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
