"""Resource groups of the Mixmax API; reach them through `Mixmax` / `AsyncMixmax` attributes."""
