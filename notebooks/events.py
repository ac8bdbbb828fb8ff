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
# # Events
#
# Evaluation events per region and type over time, the overall smart-city index of each region by year, and the
# provinces of the regions with events on a map of Indonesia (approximate province centres shipped with the
# package). The database is `$EXTRACTOR_DB` (default `sqlite:///extractor.db`).

# %%
# %matplotlib inline
import extractor
from extractor import report

events = extractor.events()
scores = extractor.scores()
print(f"{len(events)} events, {len(scores)} scores")

# %%
report.events_timeline(events)

# %%
events["type"].value_counts()

# %%
report.score_history(scores)

# %%
report.index_history(scores)

# %%
report.province_map(events)

# %%
provinces = report.province_counts(events)
provinces[provinces["events"] > 0][["province", "regions", "events"]]
