"""Files read at run time (aliases, the segmentation dictionary, the sample reports): installed as package data `reportbot_data`."""
