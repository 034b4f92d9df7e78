from PIL import Image
print(Image)
