"""镇街设置: the towns and which indicators apply to each."""
